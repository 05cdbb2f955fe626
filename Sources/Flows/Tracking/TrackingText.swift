import Dialog
import FlowerShop
import Foundation

/// The customer's list of orders and one order's card. Neither shows the recipient, the
/// address or phone numbers: a tracking code may have been shared with someone else.
enum TrackingText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  /// One page of `orders` (newest first); a page out of range shows the nearest one.
  static func list(_ orders: [Order], page requested: Int, _ c: OrderingContext) -> Reply {
    let size = Tracking.pageSize
    let pages = max(1, (orders.count + size - 1) / size)
    let page = min(max(requested, 1), pages)
    let slice = orders[(page - 1) * size..<min(page * size, orders.count)]
    let (first, last) = ((page - 1) * size + 1, (page - 1) * size + slice.count)
    let range = first == last ? "\(first)" : "\(first)–\(last)"
    var lines: [Text] = [
      orders.count > size
        ? key(.trackingListTitlePaged, ["range": .string(range), "count": .number(orders.count)])
        : key(.trackingListTitle)
    ]
    for order in slice { lines += [.verbatim("")] + entry(order, c) }
    lines += [.verbatim(""), key(.trackingListFooter)]
    func button(_ label: Text, _ payload: TrackingButton) -> InlineButton {
      InlineButton(label, data: CallbackPayload.tracking(payload).data)
    }
    let numbers = slice.map {
      button(key(.trackingOrderButton, ["number": .number($0.number.rawValue)]), .order($0.id, page: page))
    }
    var navigation: [InlineButton] = []
    if page > 1 { navigation.append(button(key(.trackingPagePrevious), .page(page - 1))) }
    if page < pages { navigation.append(button(key(.trackingPageNext), .page(page + 1))) }
    let rows = [numbers, navigation, [button(key(.trackingFindByPhoneButton), .findByPhone)]].filter { !$0.isEmpty }
    return Reply(.lines(lines), keyboard: .inline(rows))
  }

  /// №1 — 🚚 доставка 28 ноября, сб, 13:00–15:00 / 📋 принят · 23 400 ₸ / 💐 items.
  static func entry(_ order: Order, _ c: OrderingContext) -> [Text] {
    let slot = order.request.slot
    let head = Text.format(
      L10n.trackingListEntry.rawValue,
      [
        "number": .verbatim(String(order.number.rawValue)), "fulfilment": .verbatim(order.request.fulfilment.rawValue),
        "date": Prompts.dateLabel(slot.date), "slot": .verbatim(slot.label),
      ])
    let status = Text.format(
      L10n.trackingListStatus.rawValue,
      ["status": OrderText.status(order.status), "total": .verbatim(order.pricing.total.formatted)])
    let items = order.pricing.lines.map {
      key(.trackingListItem, ["title": .string(title($0, c)), "quantity": .number($0.quantity)])
    }
    return [head, status] + items
  }

  /// The card: status and what happens next, items, when, total, payment, and the timeline.
  /// With `backToPage` it returns to that page of the list; without (a lookup by code) it
  /// tells the chat it will be notified and brings back the main menu.
  static func card(_ t: TrackedOrder, _ c: OrderingContext, backToPage: Int?) -> Reply {
    let order = t.order
    var lines: [Text] = [
      key(.trackingCardTitle, ["number": .number(order.number.rawValue)]),
      .format(L10n.floristOrderStatus.rawValue, ["status": OrderText.status(order.status)]),
      OrderNotice.next(order, c), .verbatim(""),
    ]
    lines += order.pricing.lines.map {
      key(
        .orderLineItem,
        ["title": .string(title($0, c)), "quantity": .number($0.quantity), "total": .string($0.total.formatted)])
    }
    lines.append(when(order, c))
    lines.append(key(.orderTotal, ["amount": .string(order.pricing.total.formatted)]))
    if order.paidAt != nil { lines.append(key(.trackingPaid)) }
    lines += [.verbatim(""), key(.trackingHistoryTitle)] + t.history.map { timelineEntry($0, c) }
    guard let page = backToPage else {
      lines += [.verbatim(""), key(.trackingCodeLinked)]
      return Reply(.lines(lines), keyboard: MainMenu.keyboard)
    }
    let back = InlineButton(key(.trackingBackToList), data: CallbackPayload.tracking(.page(page)).data)
    return Reply(.lines(lines), keyboard: .inline([[back]]))
  }

  static func when(_ order: Order, _ c: OrderingContext) -> Text {
    let slot = order.request.slot
    let when: [String: Text] = ["date": Prompts.dateLabel(slot.date), "slot": .verbatim(slot.label)]
    switch order.request.fulfilment {
    case .delivery: return .format(L10n.orderLineDelivery.rawValue, when)
    case .pickup:
      return .format(
        L10n.orderLinePickup.rawValue,
        when.merging(["address": .verbatim(c.shop.delivery.pickupAddress(in: c.language))]) { a, _ in a })
    }
  }

  /// An ordered bouquet's title in the chat's language (see `Catalog.title(of:ordered:in:)`).
  static func title(_ line: PricedLine, _ c: OrderingContext) -> String {
    c.catalog.title(of: line.product, ordered: line.title, in: c.language)
  }

  /// «27 ноября, пт, 10:05 — принят», with the note of a cancellation.
  static func timelineEntry(_ change: StatusChange, _ c: OrderingContext) -> Text {
    var arguments: [String: Text] = [
      "date": Prompts.dateLabel(c.policy.today(at: change.at)),
      "time": .verbatim(c.policy.localTime(at: change.at).description),
      "status": OrderText.status(change.status),
    ]
    guard let note = change.note else { return .format(L10n.trackingHistoryEntry.rawValue, arguments) }
    arguments["note"] = .verbatim(note)
    return .format(L10n.trackingHistoryEntryNote.rawValue, arguments)
  }
}
