import FlowerShop
import Foundation

/// A demo shop in Almaty: slots of two hours from 09:00 to 21:00, two hours of lead time,
/// same-day cut-off at 18:00, a week ahead, free delivery from 30 000 ₸.
enum Fixtures {
  static let delivery = DeliveryConfiguration(
    timeZone: "Asia/Almaty", opens: TimeOfDay(9), closes: TimeOfDay(21), slotMinutes: 120,
    assemblyLeadMinutes: 120, sameDayCutoff: TimeOfDay(18), daysAhead: 7, pickupAddress: "ул. Абая, 1",
    zones: [
      DeliveryZone(id: ZoneID("center"), name: "Центр", cost: .tenge(1500)),
      DeliveryZone(id: ZoneID("far"), name: "Пригород", cost: .tenge(2500)),
    ],
    freeDeliveryFrom: .tenge(30000))

  static let roses = Product(
    id: ProductID(1), category: CategoryID("roses"), title: "25 роз", description: "", price: .tenge(17000),
    images: ["roses.jpg"])
  static let tulips = Product(
    id: ProductID(2), category: CategoryID("tulips"), title: "Тюльпаны", description: "", price: .tenge(9000),
    images: ["tulips.jpg"], stock: 3)
  static let peonies = Product(
    id: ProductID(3), category: CategoryID("roses"), title: "Пионы", description: "", price: .tenge(21000),
    images: ["peonies.jpg"], available: false)

  static let shop = ShopConfiguration(
    shop: ShopInfo(id: "demo", name: "Демо", active: true), delivery: delivery, paymentMethods: [.kaspi, .cash],
    staff: StaffConfiguration(admins: [UserID(1)], florists: [UserID(2001)], floristChat: ChatID(-100)),
    catalog: CatalogConfiguration(
      categories: [
        Category(id: CategoryID("roses"), title: "Розы"), Category(id: CategoryID("tulips"), title: "Тюльпаны"),
      ],
      products: [roses, tulips, peonies]))

  static let catalog = Catalog(categories: shop.catalog.categories, products: shop.catalog.products)

  static func phone(_ text: String) -> PhoneNumber {
    guard case .success(let phone) = PhoneNumber.parse(text) else { fatalError("bad fixture phone \(text)") }
    return phone
  }

  static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    guard let date = LocalDate(year: year, month: month, day: day) else { fatalError("bad fixture date") }
    return date
  }

  /// An instant written in UTC, e.g. "2026-11-27T19:30:00Z".
  static func utc(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else { fatalError("bad fixture instant \(text)") }
    return date
  }

  static func slot(_ date: LocalDate, _ hour: Int) -> DeliverySlot {
    DeliverySlot(date: date, start: TimeOfDay(hour), end: TimeOfDay(hour + 2))
  }

  /// A valid delivery of one bouquet of roses to the centre, on 28 Nov 2026 at 10:00.
  static func request() -> OrderRequest {
    OrderRequest(
      lines: [OrderLine(product: ProductID(1), quantity: 1)], fulfilment: .delivery, zone: ZoneID("center"),
      slot: slot(date(2026, 11, 28), 11), address: .text("ул. Достык, 5, кв. 12"),
      recipient: Person(name: "Айгуль", phone: phone("+7 701 521 15 45")),
      customer: Person(name: "Ерлан", phone: phone("8 777 123 45 67")), postcard: "С днём рождения!",
      anonymous: false, surprise: true, payment: .kaspi)
  }

  /// 27 Nov 2026, 12:00 in Almaty.
  static let noon = utc("2026-11-27T07:00:00Z")
}
