// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyCore", targets: ["ParleyCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "ParleyCore",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyDomains",
            dependencies: ["ParleyCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyPacks",
            dependencies: ["ParleyCore", "ParleyDomains"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyReferenceAgent",
            dependencies: ["ParleyCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyHTTP",
            dependencies: ["CCurl"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyNet",
            dependencies: [
                "ParleyCore", "ParleyHTTP",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyServe",
            dependencies: [
                "ParleyCore", "ParleyReferenceAgent",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyReport",
            dependencies: ["ParleyCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyRun",
            dependencies: ["ParleyCore", "ParleyDomains", "ParleyPacks", "ParleyNet", "ParleyHTTP", "ParleyServe", "ParleyReport", "ParleyReferenceAgent"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyCore", "ParleyPacks", "ParleyRun", "ParleyServe", "ParleyReport", "ParleyReferenceAgent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyCoreTests",
            dependencies: ["ParleyCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyDomainsTests",
            dependencies: ["ParleyCore", "ParleyDomains", "ParleyPacks"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyHTTPTests",
            dependencies: [
                "ParleyHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyNetTests",
            dependencies: ["ParleyCore", "ParleyNet", "ParleyServe"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyEndToEndTests",
            dependencies: ["ParleyCore", "ParleyDomains", "ParleyPacks", "ParleyNet", "ParleyHTTP", "ParleyServe", "ParleyReport", "ParleyReferenceAgent", "ParleyRun"],
            swiftSettings: swiftSettings
        ),
    ]
)
