import Dialog
import FlowerShop

/// The buttons of an order card and the board's answers to them.
extension BoardText {
  /// Buttons for the statuses the lifecycle allows next (cancel last), "payment received"
  /// while unpaid and, with `withDay`, the order's day; nil when there are none.
  static func actions(_ order: Order, withDay: Bool = false) -> Keyboard? {
    let next = OrderLifecycle.nextStatuses(from: order.status, fulfilment: order.request.fulfilment)
    let moves = next.filter { $0 != .cancelled } + next.filter { $0 == .cancelled }
    let statusRow = moves.compactMap { to in
      label(to, from: order.status).map {
        InlineButton($0, data: CallbackPayload.staff(.status(order.id, from: order.status, to: to)).data)
      }
    }
    var rows = [statusRow]
    if order.paidAt == nil, order.status != .cancelled {
      rows.append([InlineButton(key(.boardActionPaid), data: CallbackPayload.staff(.paid(order.id)).data)])
    }
    if withDay {
      let label = Text.format(L10n.boardDayButton.rawValue, ["date": Prompts.dateLabel(order.request.slot.date)])
      rows.append([InlineButton(label, data: CallbackPayload.staff(.day(order.request.slot.date)).data)])
    }
    rows = rows.filter { !$0.isEmpty }
    return rows.isEmpty ? nil : .inline(rows)
  }

  /// The label of the button that moves an order from `from` to `status` (nothing moves an
  /// order to "new").
  static func label(_ status: OrderStatus, from: OrderStatus) -> Text? {
    switch status {
    case .new: nil
    case .accepted: key(.boardActionAccepted)
    case .assembling: key(from == .photoSent ? .boardActionReassemble : .boardActionAssembling)
    case .photoSent: key(.boardActionPhotoSent)
    case .approved: key(.boardActionApproved)
    case .inDelivery: key(.boardActionInDelivery)
    case .delivered: key(.boardActionDelivered)
    case .readyForPickup: key(.boardActionReadyForPickup)
    case .pickedUp: key(.boardActionPickedUp)
    case .cancelled: key(.boardActionCancelled)
    }
  }

  /// The card with the question under it, and "yes, cancel" / "keep it".
  static func confirmCancel(_ order: Order, _ c: OrderingContext) -> Reply {
    let buttons = [
      InlineButton(key(.boardCancelYes), data: CallbackPayload.staff(.confirmCancel(order.id)).data),
      InlineButton(key(.boardCancelNo), data: CallbackPayload.staff(.keepOrder(order.id)).data),
    ]
    let card = card(order, c, keyboard: .inline([buttons]))
    return Reply(
      .lines([card.text, .verbatim(""), key(.boardCancelConfirm, ["number": .number(order.number.rawValue)])]),
      keyboard: card.keyboard)
  }

  /// Asks why, with the usual reasons and "keep the order" on the keyboard.
  static func askReason(_ number: OrderNumber) -> Reply {
    let keyboard = Keyboard.reply([
      [ReplyButton(key(.boardReasonCustomer))], [ReplyButton(key(.boardReasonNoFlowers))],
      [ReplyButton(key(.boardReasonNoContact))], [ReplyButton(key(.boardCancelKeep))],
    ])
    return Reply(key(.boardCancelAskReason, ["number": .number(number.rawValue)]), keyboard: keyboard)
  }

  /// The order moved on before this press: the card as it is now, with the buttons that apply now.
  static func stale(_ order: Order, _ c: OrderingContext) -> Reply {
    let notice = Text.format(
      L10n.boardStatusStale.rawValue,
      ["number": .verbatim(String(order.number.rawValue)), "status": OrderText.status(order.status)])
    return card(order, c, notice: [notice])
  }

  /// The card under «✅ Заказ №1: собирается» and whether the customer was told. After a
  /// cancellation (given through the reasons keyboard) the usual keyboard comes back.
  static func statusChanged(
    _ order: Order, note: String?, notified: Bool, _ c: OrderingContext, _ actor: Author
  ) -> Reply {
    var notice: [Text] = [
      .format(
        L10n.boardStatusChanged.rawValue,
        [
          "number": .verbatim(String(order.number.rawValue)), "status": OrderText.status(order.status),
          "code": .verbatim(order.status.rawValue),
        ])
    ]
    if let note { notice.append(key(.notifyReason, ["reason": .string(note)])) }
    if notified { notice.append(key(.boardCustomerNotified)) }
    return card(order, c, notice: notice, keyboard: order.status == .cancelled ? restoredKeyboard(actor) : nil)
  }

  static func paymentMarked(_ order: Order, notified: Bool, _ c: OrderingContext) -> Reply {
    var notice = [key(.boardPaidMarked, ["number": .number(order.number.rawValue)])]
    if notified { notice.append(key(.boardCustomerNotified)) }
    return card(order, c, notice: notice)
  }

  /// The main menu in a private chat; no keyboard in a group.
  static func restoredKeyboard(_ actor: Author) -> Keyboard {
    actor.isPrivateChat ? MainMenu.keyboard : .remove
  }
}
