// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "afspraken",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Afspraken", targets: ["Afspraken"]),
        .library(name: "AfsprakenXML", targets: ["AfsprakenXML"]),
        .executable(name: "afspraken", targets: ["AfsprakenCLI"]),
        .executable(name: "afspraken-bench", targets: ["AfsprakenBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "Afspraken", dependencies: ["CHeap", .product(name: "Crypto", package: "swift-crypto")]),
        .systemLibrary(name: "CHeap"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "AfsprakenXML", dependencies: ["Afspraken", "CLibXML2"]),
        .executableTarget(
            name: "AfsprakenCLI",
            dependencies: [
                "Afspraken", "AfsprakenXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "AfsprakenBench", dependencies: ["Afspraken", "AfsprakenXML"]),
        .testTarget(name: "AfsprakenTests", dependencies: ["Afspraken"]),
        .testTarget(name: "AfsprakenXMLTests", dependencies: ["Afspraken", "AfsprakenXML"]),
        .testTarget(name: "AfsprakenCLITests", dependencies: ["AfsprakenCLI"]),
    ]
)
