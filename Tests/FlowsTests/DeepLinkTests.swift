import FlowerShop
import Testing

@testable import Flows

/// `/start` payloads: `p<id>` opens a bouquet, `t<code>` an order; the first letter decides.
@Suite struct DeepLinkTests {
  @Test func payloads() {
    #expect(DeepLink("p12") == .product(ProductID(12)))
    #expect(DeepLink("tV626vYiMX3DE") == .tracking("V626vYiMX3DE"))
    // A tracking code may itself start with "p" or "t".
    #expect(DeepLink("tp2345678901a") == .tracking("p2345678901a"))
    for other in ["", "p", "p0", "p-1", "pabc", "x12", "12"] {
      #expect(DeepLink(other) == nil, "\(other)")
    }
  }
}
