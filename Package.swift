// swift-tools-version: 6.0
import PackageDescription

/// Release builds of the libraries on the engine's path let importers inline and specialize
/// their code: ≈ 10 % less CPU per update in `flowerbot bench engine`. (The profile still shows
/// `Engine.run` generic: the gain is in the many small calls across modules.)
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
  name: "flowerbot",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "flowerbot", targets: ["flowerbot"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .executableTarget(
      name: "flowerbot",
      dependencies: [
        "Flows", "BotTesting", "VisualSearch",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(name: "BotTesting", dependencies: ["Flows"]),
    .target(name: "Flows", dependencies: ["Dialog"], swiftSettings: crossModule),
    .target(
      name: "Dialog",
      dependencies: [
        "TelegramBotAPI", "FlowerShop", "VisualSearch",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: crossModule
    ),
    .target(
      name: "VisualSearch",
      dependencies: [
        "FlowerShop", "CJPEGShim", "CPNG", "CVectorKernel", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      // Pixel loops run at start-up and in every test: optimize them even in debug builds.
      swiftSettings: [.unsafeFlags(["-O"])]
    ),
    .target(name: "CJPEGShim", dependencies: ["CJPEG"], cSettings: [.unsafeFlags(["-O2"])]),
    .target(name: "CVectorKernel", cSettings: [.unsafeFlags(["-O3"])]),
    .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg62-turbo-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .target(name: "TelegramBotAPI", swiftSettings: crossModule),
    .target(
      name: "FlowerShop",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      resources: [.copy("Resources/DemoShop")],
      swiftSettings: crossModule
    ),
    .testTarget(name: "FlowerShopTests", dependencies: ["FlowerShop"]),
    .testTarget(name: "TelegramBotAPITests", dependencies: ["TelegramBotAPI"]),
    .testTarget(name: "DialogTests", dependencies: ["Dialog", "BotTesting"]),
    .testTarget(name: "FlowsTests", dependencies: ["Flows", "BotTesting"]),
    .testTarget(name: "BotTestingTests", dependencies: ["BotTesting"]),
    .testTarget(
      name: "IntegrationTests",
      dependencies: ["Flows", "BotTesting", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(name: "FuzzTests", dependencies: ["Flows", "BotTesting", "VisualSearch", "TelegramBotAPI"]),
    .testTarget(
      name: "VisualSearchTests", dependencies: ["VisualSearch", "Flows", "BotTesting"], exclude: ["Fixtures"]),
  ]
)
