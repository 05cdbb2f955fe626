import Dialog
import FlowerShop
import Foundation

@testable import Flows

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

let localizer: Localizer = {
  do { return try Localizer(directory: repositoryRoot.appendingPathComponent("locales")) } catch {
    fatalError("locales/ must load: \(error)")
  }
}()

let demoShop: ShopConfiguration = {
  do { return try DemoShop.configuration() } catch { fatalError("demo shop must load: \(error)") }
}()

/// A local time in Almaty (UTC+5).
func almaty(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
  var components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
  components.timeZone = TimeZone(secondsFromGMT: 5 * 3600)
  return Calendar(identifier: .gregorian).date(from: components)!
}

func context(at now: Date = almaty(2026, 11, 27, 10)) -> OrderingContext {
  OrderingContext(
    now: now, shop: demoShop,
    catalog: Catalog(categories: demoShop.catalog.categories, products: demoShop.catalog.products),
    imageDirectory: URL(fileURLWithPath: "/shop"), customerName: "Айгерим",
    labels: ButtonLabels(localizer: localizer, language: "ru"))
}

func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

let tomorrow = LocalDate(year: 2026, month: 11, day: 28)!
let noonSlot = DeliverySlot(date: tomorrow, start: TimeOfDay(13), end: TimeOfDay(15))
let aigerim = PhoneNumber(e164: "+77015211545")!
let aliya = PhoneNumber(e164: "+77071112233")!

/// A delivery draft with every question answered.
func completeDeliveryDraft() -> OrderDraft {
  var d = OrderDraft()
  d.category = CategoryID("roses")
  d.product = ProductID(1)
  d.quantity = 1
  d.fulfilment = .delivery
  d.zone = ZoneID("center")
  d.date = tomorrow
  d.slot = noonSlot
  d.address = .text("ул. Абая, 10, кв. 5")
  d.recipientName = "Алия"
  d.recipientPhone = aliya
  d.postcard = .text("С днём рождения!")
  d.anonymous = false
  d.surprise = true
  d.customerPhone = aigerim
  d.payment = .kaspi
  return d
}

/// Renders a text in Russian, for assertions on what the customer reads.
func russian(_ text: Text) -> String { Renderer(localizer: localizer).string(text, language: "ru") }
