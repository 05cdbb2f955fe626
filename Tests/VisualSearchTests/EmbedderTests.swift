import FlowerShop
import Foundation
import Testing

@testable import VisualSearch

@Suite struct EmbedderTests {
  let embedder = DescriptorEmbedder()

  @Test func vectorsAreUnitLengthOfTheDeclaredDimensionAndDeterministic() throws {
    let image = try decodeDemoImage("mix-provence")
    let vector = embedder.embed(image)
    #expect(vector.count == embedder.dimension)
    #expect(embedder.dimension % 8 == 0)
    #expect(abs(cosine(vector, vector) - 1) < 1e-4)
    #expect(embedder.embed(image) == vector)
    let flat = embedder.embed(RGBImage(width: 50, height: 40, fill: (120, 120, 120)))
    #expect(flat.allSatisfy { $0.isFinite })
  }

  /// Photometric and resampling edits barely move the vector; another bouquet is far.
  @Test(arguments: [
    QueryEdit.recompress(quality: 30), .resize(width: 200, height: 200), .resize(width: 1280, height: 960),
    .brightness(1.3), .brightness(0.7), .contrast(0.6), .contrast(1.4),
  ])
  func editsThatKeepThePictureKeepTheVector(edit: QueryEdit) throws {
    let image = try decodeDemoImage("mix-sunny")
    let other = try decodeDemoImage("hydrangea-blue-5")
    let original = embedder.embed(image)
    let edited = embedder.embed(edit.apply(to: image))
    #expect(cosine(original, edited) > 0.9, "\(edit)")
    #expect(cosine(original, embedder.embed(other)) < 0.8)
  }

  /// Crops, frames, captions, screenshots, rotations and mirroring are what views are for: the
  /// search over the demo catalog still ranks the right bouquet first.
  @Test(arguments: QueryEdit.standard)
  func everyStandardEditStillFindsTheBouquet(edit: QueryEdit) throws {
    let search = try demoSearch()
    for (name, product) in [
      ("rose-red-15", ProductID(1)), ("mix-pastel", ProductID(7)), ("box-chrysanthemum", ProductID(12)),
    ] {
      let query = try #require(edit.apply(to: try decodeDemoImage(name)).jpegData(quality: 90))
      let ranked = try search.rank(imageData: query, top: 3)
      #expect(ranked.first?.product == product, "\(name), \(edit): \(ranked)")
    }
  }

  @Test func theContentOfAScreenshotIsFound() throws {
    let image = try decodeDemoImage("tulip-yellow-25")
    let shot = QueryEdit.screenshot.apply(to: image)
    let rect = BorderTrim.contentRect(of: shot)
    #expect(abs(rect.x - 30) <= 2 && abs(rect.y - 200) <= 2)
    #expect(abs(rect.width - 480) <= 4 && abs(rect.height - 480) <= 4)
    let framed = QueryEdit.border(fraction: 0.1, grey: 255).apply(to: image)
    #expect(BorderTrim.contentRect(of: framed) == PixelRect(x: 64, y: 64, width: 640, height: 640))
  }
}

/// A photo search over the demo shop's catalog, built in memory.
func demoSearch(rule: MatchRule = .descriptorDefault) throws -> PhotoSearch {
  let shop = try ShopConfigurationLoader.load(from: demoShopDirectory.appendingPathComponent("shop.json"))
  let indexer = CatalogIndexer(embedder: DescriptorEmbedder())
  var index = VectorIndex(dimension: indexer.embedder.dimension)
  for product in shop.catalog.products {
    for name in product.images {
      let data = try Data(contentsOf: demoShopDirectory.appendingPathComponent(name))
      index.add(try indexer.vectors(imageData: data), for: product.id)
    }
  }
  return PhotoSearch(embedder: indexer.embedder, index: index, rule: rule)
}
