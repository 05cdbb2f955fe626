/// A category of bouquets, shown as a button.
public struct Category: Codable, Sendable, Equatable, Hashable {
  public var id: CategoryID
  /// The title as the shop wrote it (the default language).
  public var title: String
  /// The title in other languages (`translations` in the shop file).
  public var translations: Translations<CategoryTexts>

  public init(id: CategoryID, title: String, translations: Translations<CategoryTexts> = [:]) {
    self.id = id
    self.title = title
    self.translations = translations
  }

  /// The title in `language`, else as written; nil `language` = as written.
  public func title(in language: String?) -> String { translations.text(language, \.title, or: title) }

  enum CodingKeys: String, CodingKey { case id, title, translations }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(CategoryID.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    translations = try c.decodeIfPresent(Translations<CategoryTexts>.self, forKey: .translations) ?? [:]
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
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
  /// Title and description in other languages (`translations` in the shop file); `title` and
  /// `description` above are the default language's.
  public var translations: Translations<ProductTexts>

  public init(
    id: ProductID, category: CategoryID, title: String, description: String, price: Money,
    images: [String], available: Bool = true, stock: Int? = nil, translations: Translations<ProductTexts> = [:]
  ) {
    self.id = id
    self.category = category
    self.title = title
    self.description = description
    self.price = price
    self.images = images
    self.available = available
    self.stock = stock
    self.translations = translations
  }

  /// The title in `language`, else as written; nil `language` = as written.
  public func title(in language: String?) -> String { translations.text(language, \.title, or: title) }
  /// The description in `language`, else as written (may be empty when the shop wrote none).
  public func description(in language: String?) -> String {
    translations.text(language, \.description, or: description)
  }

  enum CodingKeys: String, CodingKey {
    case id, category, title, description, price, images, available, stock, translations
  }
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
    translations = try c.decodeIfPresent(Translations<ProductTexts>.self, forKey: .translations) ?? [:]
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
    if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
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

  /// The title of an ordered line in `language`: the product's translation while the product
  /// still has the title it was ordered under, else the title stored with the order (a renamed
  /// or deleted product never shows a translation of some other text).
  public func title(of product: ProductID, ordered title: String, in language: String?) -> String {
    guard let current = products[product], current.title == title else { return title }
    return current.title(in: language)
  }
}
