import Dialog
import FlowerShop

/// What a customer reads about an order's status: the status in words and what happens next.
/// Status changes reach every chat linked to the order; opting out of notices (`/stop`)
/// never mutes them.
public enum OrderNotice {
  /// The notifications of a status change, one per linked chat, each rendered later in that
  /// chat's language. `note` is the reason of a cancellation.
  public static func statusChanged(_ order: Order, note: String?, to chats: [ChatID], _ c: OrderingContext) -> [Reply] {
    var lines: [Text] = [
      .format(
        L10n.notifyStatus.rawValue,
        ["number": .verbatim(String(order.number.rawValue)), "status": OrderText.status(order.status)])
    ]
    if let note { lines.append(key(.notifyReason, ["reason": .string(note)])) }
    lines.append(next(order, c))
    return chats.map { Reply(to: $0, .lines(lines), priority: .notification) }
  }

  /// The notifications that the payment was received.
  public static func paid(_ order: Order, to chats: [ChatID]) -> [Reply] {
    chats.map { Reply(to: $0, key(.notifyPaid, ["number": .number(order.number.rawValue)]), priority: .notification) }
  }

  /// What happens next in the order's current status. One text serves every linked chat: the
  /// pickup address is shown in each recipient chat's language when rendered.
  static func next(_ order: Order, _ c: OrderingContext) -> Text {
    let slot = order.request.slot
    let when: [String: Text] = ["date": Prompts.dateLabel(slot.date), "slot": .verbatim(slot.label)]
    switch order.status {
    case .new: return key(.orderNextNew)
    case .accepted: return key(.orderNextAccepted)
    case .assembling: return key(.orderNextAssembling)
    case .photoSent: return key(.orderNextPhotoSent)
    case .approved: return key(.orderNextApproved, ["fulfilment": .string(order.request.fulfilment.rawValue)])
    case .inDelivery: return .format(L10n.orderNextInDelivery.rawValue, when)
    case .delivered, .pickedUp: return key(.orderNextThanks)
    case .readyForPickup:
      return .format(
        L10n.orderNextReadyForPickup.rawValue,
        when.merging(["address": c.inRecipientLanguage { c.shop.delivery.pickupAddress(in: $0) }]) { a, _ in a })
    case .cancelled: return key(.orderNextCancelled, ["paid": .string(order.paidAt == nil ? "no" : "yes")])
    }
  }

  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }
}
