/// A category of bouquets, shown as a button.
public struct Category: Codable, Sendable, Equatable, Hashable {
  public var id: CategoryID
  public var title: String
  public init(id: CategoryID, title: String) {
    self.id = id
    self.title = title
  }
}

/// A product of the catalog. `images` are file names relative to the shop's image
/// folder (the first one is the main photo).
public struct Product: Codable, Sendable, Equatable, Hashable {
  public var id: ProductID
  public var category: CategoryID
  public var title: String
  public var description: String
  public var price: Money
  public var images: [String]
  public var available: Bool
  /// Pieces left; nil = not tracked (made to order).
  public var stock: Int?

  public init(
    id: ProductID, category: CategoryID, title: String, description: String, price: Money,
    images: [String], available: Bool = true, stock: Int? = nil
  ) {
    self.id = id
    self.category = category
    self.title = title
    self.description = description
    self.price = price
    self.images = images
    self.available = available
    self.stock = stock
  }

  enum CodingKeys: String, CodingKey { case id, category, title, description, price, images, available, stock }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(ProductID.self, forKey: .id)
    category = try c.decode(CategoryID.self, forKey: .category)
    title = try c.decode(String.self, forKey: .title)
    description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
    price = Money.tenge(try c.decode(Int64.self, forKey: .price))
    images = try c.decode([String].self, forKey: .images)
    available = try c.decodeIfPresent(Bool.self, forKey: .available) ?? true
    stock = try c.decodeIfPresent(Int.self, forKey: .stock)
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(category, forKey: .category)
    try c.encode(title, forKey: .title)
    try c.encode(description, forKey: .description)
    try c.encode(price.wholeTenge, forKey: .price)
    try c.encode(images, forKey: .images)
    try c.encode(available, forKey: .available)
    try c.encodeIfPresent(stock, forKey: .stock)
  }

  /// Whether `quantity` pieces can be sold now.
  public func canSell(_ quantity: Int) -> Bool {
    available && quantity > 0 && (stock.map { quantity <= $0 } ?? true)
  }
}

/// The catalog as the bot sees it at one moment: categories in display order and
/// products by id.
public struct Catalog: Sendable, Equatable {
  public var categories: [Category]
  public var products: [ProductID: Product]
  public init(categories: [Category], products: [Product]) {
    self.categories = categories
    self.products = Dictionary(products.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }
  /// Available products of a category, in id order.
  public func products(in category: CategoryID) -> [Product] {
    products.values.filter { $0.category == category && $0.available }.sorted { $0.id < $1.id }
  }
  public func category(_ id: CategoryID) -> Category? { categories.first { $0.id == id } }
}
