import Foundation

/// Everything the shop configures: identity, hours, delivery policy, payment, staff and
/// the catalog. Loaded from one JSON file (see README); prices there are whole tenge.
public struct ShopConfiguration: Codable, Sendable, Equatable {
  public var shop: ShopInfo
  public var delivery: DeliveryConfiguration
  public var paymentMethods: [PaymentMethod]
  public var staff: StaffConfiguration
  public var catalog: CatalogConfiguration

  public init(
    shop: ShopInfo, delivery: DeliveryConfiguration, paymentMethods: [PaymentMethod],
    staff: StaffConfiguration, catalog: CatalogConfiguration
  ) {
    self.shop = shop
    self.delivery = delivery
    self.paymentMethods = paymentMethods
    self.staff = staff
    self.catalog = catalog
  }
}

public struct ShopInfo: Codable, Sendable, Equatable {
  /// Stable id of the shop; order numbers are sequential per shop.
  public var id: String
  public var name: String
  /// An inactive shop accepts no orders.
  public var active: Bool
  /// The name in other languages (`translations` in the shop file).
  public var translations: Translations<ShopTexts>
  public init(id: String, name: String, active: Bool, translations: Translations<ShopTexts> = [:]) {
    self.id = id
    self.name = name
    self.active = active
    self.translations = translations
  }

  /// The name in `language`, else as written; nil `language` = as written.
  public func name(in language: String?) -> String { translations.text(language, \.name, or: name) }

  enum CodingKeys: String, CodingKey { case id, name, active, translations }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    active = try c.decode(Bool.self, forKey: .active)
    translations = try c.decodeIfPresent(Translations<ShopTexts>.self, forKey: .translations) ?? [:]
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(active, forKey: .active)
    if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
  }
}

/// A local wall-clock time, minutes since midnight; written "HH:MM" in JSON.
public struct TimeOfDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var minutes: Int
  public init(minutes: Int) { self.minutes = minutes }
  public init(_ hour: Int, _ minute: Int = 0) { self.minutes = hour * 60 + minute }
  public init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h),
      (0..<60).contains(m), h * 60 + m <= 24 * 60
    else { return nil }
    minutes = h * 60 + m
  }
  public var hour: Int { minutes / 60 }
  public var minute: Int { minutes % 60 }
  /// "09:00"
  public var description: String {
    let h = hour < 10 ? "0\(hour)" : "\(hour)"
    let m = minute < 10 ? "0\(minute)" : "\(minute)"
    return "\(h):\(m)"
  }
  public static func < (a: Self, b: Self) -> Bool { a.minutes < b.minutes }
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = TimeOfDay(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "expected HH:MM, got \(text)"))
    }
    self = value
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer(); try c.encode(description)
  }
}

public struct DeliveryConfiguration: Codable, Sendable, Equatable {
  /// IANA time zone of the shop; Asia/Almaty (UTC+5) by default.
  public var timeZone: String
  public var opens: TimeOfDay
  public var closes: TimeOfDay
  /// Length of a delivery slot in minutes (120).
  public var slotMinutes: Int
  /// Minutes the florists need between the order and the start of its slot.
  public var assemblyLeadMinutes: Int
  /// After this local time no order for the same day is taken.
  public var sameDayCutoff: TimeOfDay
  /// How many days after today can be booked (0 = today only).
  public var daysAhead: Int
  public var pickupAddress: String
  public var zones: [DeliveryZone]
  /// Items total (whole tenge) from which delivery is free; nil = never free.
  public var freeDeliveryFrom: Money?
  /// Minutes the customer has to answer the bouquet's photo before it is approved automatically (60).
  public var photoApprovalMinutes: Int
  /// Minutes the courier needs before a slot starts: the photo is approved by then at the latest (60).
  public var courierMinutes: Int
  /// The pickup address in other languages (`translations` in the shop file's `delivery`).
  public var translations: Translations<DeliveryTexts> = [:]

  public init(
    timeZone: String = "Asia/Almaty", opens: TimeOfDay, closes: TimeOfDay, slotMinutes: Int = 120,
    assemblyLeadMinutes: Int, sameDayCutoff: TimeOfDay, daysAhead: Int, pickupAddress: String,
    zones: [DeliveryZone], freeDeliveryFrom: Money?, photoApprovalMinutes: Int = 60, courierMinutes: Int = 60
  ) {
    self.timeZone = timeZone
    self.opens = opens
    self.closes = closes
    self.slotMinutes = slotMinutes
    self.assemblyLeadMinutes = assemblyLeadMinutes
    self.sameDayCutoff = sameDayCutoff
    self.daysAhead = daysAhead
    self.pickupAddress = pickupAddress
    self.zones = zones
    self.freeDeliveryFrom = freeDeliveryFrom
    self.photoApprovalMinutes = photoApprovalMinutes
    self.courierMinutes = courierMinutes
  }

  enum CodingKeys: String, CodingKey {
    case timeZone, opens, closes, slotMinutes, assemblyLeadMinutes, sameDayCutoff, daysAhead
    case pickupAddress, zones, freeDeliveryFrom, photoApprovalMinutes, courierMinutes, translations
  }

  /// The pickup address in `language`, else as written; nil `language` = as written.
  public func pickupAddress(in language: String?) -> String {
    translations.text(language, \.pickupAddress, or: pickupAddress)
  }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? "Asia/Almaty"
    opens = try c.decode(TimeOfDay.self, forKey: .opens)
    closes = try c.decode(TimeOfDay.self, forKey: .closes)
    slotMinutes = try c.decodeIfPresent(Int.self, forKey: .slotMinutes) ?? 120
    assemblyLeadMinutes = try c.decode(Int.self, forKey: .assemblyLeadMinutes)
    sameDayCutoff = try c.decode(TimeOfDay.self, forKey: .sameDayCutoff)
    daysAhead = try c.decode(Int.self, forKey: .daysAhead)
    pickupAddress = try c.decode(String.self, forKey: .pickupAddress)
    zones = try c.decode([DeliveryZone].self, forKey: .zones)
    freeDeliveryFrom = try c.decodeIfPresent(Int64.self, forKey: .freeDeliveryFrom).map(Money.tenge)
    photoApprovalMinutes = try c.decodeIfPresent(Int.self, forKey: .photoApprovalMinutes) ?? 60
    courierMinutes = try c.decodeIfPresent(Int.self, forKey: .courierMinutes) ?? 60
    translations = try c.decodeIfPresent(Translations<DeliveryTexts>.self, forKey: .translations) ?? [:]
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(timeZone, forKey: .timeZone)
    try c.encode(opens, forKey: .opens)
    try c.encode(closes, forKey: .closes)
    try c.encode(slotMinutes, forKey: .slotMinutes)
    try c.encode(assemblyLeadMinutes, forKey: .assemblyLeadMinutes)
    try c.encode(sameDayCutoff, forKey: .sameDayCutoff)
    try c.encode(daysAhead, forKey: .daysAhead)
    try c.encode(pickupAddress, forKey: .pickupAddress)
    try c.encode(zones, forKey: .zones)
    try c.encodeIfPresent(freeDeliveryFrom?.wholeTenge, forKey: .freeDeliveryFrom)
    try c.encode(photoApprovalMinutes, forKey: .photoApprovalMinutes)
    try c.encode(courierMinutes, forKey: .courierMinutes)
    if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
  }
}

public struct DeliveryZone: Codable, Sendable, Equatable {
  public var id: ZoneID
  /// Shown to customers, e.g. Медеуский и Бостандыкский районы.
  public var name: String
  public var cost: Money
  /// The name in other languages (`translations` in the shop file).
  public var translations: Translations<ZoneTexts>

  public init(id: ZoneID, name: String, cost: Money, translations: Translations<ZoneTexts> = [:]) {
    self.id = id
    self.name = name
    self.cost = cost
    self.translations = translations
  }

  /// The name in `language`, else as written; nil `language` = as written.
  public func name(in language: String?) -> String { translations.text(language, \.name, or: name) }

  enum CodingKeys: String, CodingKey { case id, name, cost, translations }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(ZoneID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    cost = Money.tenge(try c.decode(Int64.self, forKey: .cost))
    translations = try c.decodeIfPresent(Translations<ZoneTexts>.self, forKey: .translations) ?? [:]
  }
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(cost.wholeTenge, forKey: .cost)
    if !translations.isEmpty { try c.encode(translations, forKey: .translations) }
  }
}

/// How the customer pays. Names shown to people come from locales.
public enum PaymentMethod: String, Codable, Sendable, CaseIterable, Equatable {
  case kaspi, card, cash
}

public struct StaffConfiguration: Codable, Sendable, Equatable {
  public var admins: [UserID]
  public var florists: [UserID]
  /// The chat (a group, or a florist's private chat) that receives new-order cards.
  public var floristChat: ChatID?
  public init(admins: [UserID], florists: [UserID], floristChat: ChatID?) {
    self.admins = admins
    self.florists = florists
    self.floristChat = floristChat
  }
}

public struct CatalogConfiguration: Codable, Sendable, Equatable {
  public var categories: [Category]
  public var products: [Product]
  public init(categories: [Category], products: [Product]) {
    self.categories = categories
    self.products = products
  }
}
