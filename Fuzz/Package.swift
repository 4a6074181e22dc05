// swift-tools-version:6.0
// A libFuzzer target over the whole pipeline; built apart so that the main package stays free of sanitizer flags.
// Build and run: Scripts/fuzz SECONDS.
import PackageDescription

let package = Package(
    name: "afspraken-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "AfsprakenFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Afspraken", package: "main"),
                .product(name: "AfsprakenXML", package: "main"),
            ]
        )
    ]
)
