import FlowerShop
import Foundation

@testable import VisualSearch

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

let fixtures = repositoryRoot.appendingPathComponent("Tests/VisualSearchTests/Fixtures")
let demoShopDirectory = repositoryRoot.appendingPathComponent("Sources/FlowerShop/Resources/DemoShop")

func demoImage(_ name: String) throws -> Data {
  try Data(contentsOf: demoShopDirectory.appendingPathComponent("images/\(name).jpg"))
}

func decodeDemoImage(_ name: String) throws -> RGBImage { try ImageDecoder().decode(try demoImage(name)) }

func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

func fixtureData(_ path: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(path)) }
