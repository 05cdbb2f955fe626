import Dialog
import FlowerShop
import Foundation

/// The board's texts: the day's orders by slot and the staff card of one order.
enum BoardText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  /// At most this many order buttons under a day's list (Telegram allows 100 buttons).
  static let dayButtonLimit = 60

  /// The day's orders grouped by slot, each with its status, kind, items and payment, and a
  /// button per order opening its card.
  static func day(_ date: LocalDate, _ orders: [Order], _ c: OrderingContext) -> Reply {
    let dateLabel = Prompts.dateLabel(date)
    guard !orders.isEmpty else {
      return Reply(.lines([.format(L10n.boardDayEmpty.rawValue, ["date": dateLabel]), key(.boardDayFooter)]))
    }
    let count = key(.boardDayCount, ["count": .number(orders.count)])
    var lines: [Text] = [.format(L10n.boardDayTitle.rawValue, ["date": dateLabel, "count": count])]
    var slot: String?
    for order in orders {
      if order.request.slot.label != slot {
        slot = order.request.slot.label
        lines += [.verbatim(""), key(.boardSlot, ["slot": .string(order.request.slot.label)])]
      }
      lines.append(entry(order, c))
    }
    lines += [.verbatim(""), key(.boardDayFooter)]
    let buttons = orders.prefix(dayButtonLimit).map {
      InlineButton(
        key(.trackingOrderButton, ["number": .number($0.number.rawValue)]),
        data: CallbackPayload.staff(.card($0.id)).data)
    }
    let rows = stride(from: 0, to: buttons.count, by: 5).map { Array(buttons[$0..<min($0 + 5, buttons.count)]) }
    return Reply(.lines(lines), keyboard: .inline(rows))
  }

  /// №1 · новый · 🚚 15 красных роз × 1 · 💳 не оплачен; the bouquets in the reader's language.
  static func entry(_ order: Order, _ c: OrderingContext) -> Text {
    let items = c.inRecipientLanguage { language in
      order.pricing.lines.map { "\(c.catalog.title(of: $0.product, ordered: $0.title, in: language)) × \($0.quantity)" }
        .joined(separator: ", ")
    }
    return .format(
      L10n.boardEntry.rawValue,
      [
        "number": .verbatim(String(order.number.rawValue)), "status": OrderText.status(order.status),
        "fulfilment": .verbatim(order.request.fulfilment.rawValue), "items": items,
        "paid": .verbatim(order.paidAt == nil ? "no" : "yes"),
      ])
  }

  /// Everything the florists need: status, payment, customer, recipient, address, postcard,
  /// flags, items and totals, with the buttons of what may happen next and of the order's
  /// day. `notice` (what just happened) goes on top: a press shows the card in place of the
  /// pressed one.
  static func card(_ order: Order, _ c: OrderingContext, notice: [Text] = [], keyboard: Keyboard? = nil) -> Reply {
    var lines = notice.isEmpty ? [] : notice + [.verbatim("")]
    lines += [
      key(.boardCardTitle, ["number": .number(order.number.rawValue)]),
      .format(L10n.floristOrderStatus.rawValue, ["status": OrderText.status(order.status)]),
    ]
    if let payment = payment(order, c) { lines.append(payment) }
    lines +=
      [.verbatim("")] + OrderText.details(order.request, order.pricing, c, forFlorists: true) + [.verbatim("")]
      + OrderText.totals(order.pricing, order.request.fulfilment)
    return Reply(.lines(lines), keyboard: keyboard ?? actions(order, withDay: true))
  }

  /// «✅ Оплачен: 27 ноября, пт, 10:30» or «💳 Не оплачен» (nothing for a cancelled unpaid order).
  static func payment(_ order: Order, _ c: OrderingContext) -> Text? {
    guard let paidAt = order.paidAt else { return order.status == .cancelled ? nil : key(.boardUnpaid) }
    return .format(
      L10n.boardPaidAt.rawValue,
      [
        "date": Prompts.dateLabel(c.policy.today(at: paidAt)),
        "time": .verbatim(c.policy.localTime(at: paidAt).description),
      ])
  }
}
