// swift-tools-version:6.0
// A libFuzzer target over the whole pipeline; built apart so that the main package stays free of sanitizer flags.
// Build and run: Scripts/fuzz SECONDS. The package is reached through the link .checkout/afspraken (made by the
// script), so that its identity does not depend on the name of the folder it was cloned into.
import PackageDescription

let package = Package(
    name: "afspraken-fuzz",
    dependencies: [.package(path: ".checkout/afspraken")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "AfsprakenFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Afspraken", package: "afspraken"),
                .product(name: "AfsprakenXML", package: "afspraken"),
            ]
        )
    ]
)
