import Dialog
import FlowerShop
import Foundation
import GRDB
import TelegramBotAPI

extension ShopLogic {
  /// Runs an approval event from the chat's state; a transition that opens no dialog leaves a
  /// chat that was not in an approval dialog where it was.
  func approval(
    _ event: ApprovalEvent, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext
  ) throws
    -> ChatState
  {
    let current: ApprovalState? = if case .approval(let s) = state { s } else { nil }
    let who = actor(turn)
    if let next = try run(Approval.transition(current, event, c, who), &turn, c, who) { return .approval(next) }
    return current == nil ? state : .idle
  }

  /// Performs approval effects inside the update's transaction, feeding results back.
  func run(
    _ transition: ApprovalTransition, _ turn: inout Turn, _ c: OrderingContext, _ actor: Author
  ) throws -> ApprovalState? {
    try FlowDriver.run(transition, &turn, next: { Approval.transition($0, $1, c, actor) }) {
      effect, turn -> ApprovalEvent? in
      switch effect {
      case .send(let reply):
        turn.send(reply)
        return nil
      case .toast(let text):
        turn.toast = text
        return nil
      case .setTimer(let chat, let name, let payload, let at):
        turn.setTimer(chat: chat, name: name, payload: payload, at: at)
        return nil
      case .loadOrder(let target, let purpose):
        return .orderLoaded(target, try order(reference(target), turn.db), purpose)
      case .loadAssembling(let batch):
        let today = c.policy.today(at: turn.now)
        let orders = try OrderStore.orders(turn.db, shopID: configuration.shop.shop.id, on: today)
        return .assemblingLoaded(orders.filter { $0.status == .assembling }, batch)
      case .storeRound(let id, let batch, let by):
        return try storeRound(id, batch, by, &turn)
      case .loadRound(let id, let purpose):
        return .roundLoaded(try roundView(id, turn.db), purpose)
      case .decide(let id, let decision, let by):
        return .decided(try decide(id, decision, by, &turn), decision)
      case .recordComment(let id, let text, let photo):
        try OrderPhotoStore.comment(turn.db, round: id, text: text, photo: photo, by: actor.name, at: turn.now)
        return try roundView(id, turn.db).map { .commentRecorded($0, text: text, photo: photo) }
      }
    }
  }

  func reference(_ target: PhotoTarget) -> OrderReference {
    switch target {
    case .id(let id): .id(id)
    case .number(let number): .number(number)
    }
  }

  /// Moves the order to photo_sent (through the steps it skipped) and stores the round.
  func storeRound(_ id: OrderID, _ batch: PhotoBatch, _ by: String, _ turn: inout Turn) throws -> ApprovalEvent {
    guard var order = try order(.id(id), turn.db) else { return .orderLoaded(.id(id), nil, .submit(batch)) }
    guard Approval.takesPhotos(order.status) else { return .roundStored(nil, order) }
    while let next = Self.stepTowardsPhoto(order.status) {
      let previous = order.status
      order = try OrderStore.changeStatus(turn.db, order: id, to: next, actor: by, at: turn.now)
      turn.note(.orderStatusChanged(order, from: previous, by: by))
    }
    let round = try OrderPhotoStore.addRound(
      turn.db, order: id, photos: batch.photos, by: by, chat: turn.event.chat, at: turn.now)
    let view = RoundView(
      round: round, order: order, linkedChats: try OrderStore.linkedChats(turn.db, order: id), isLatest: true)
    return .roundStored(view, order)
  }

  static func stepTowardsPhoto(_ status: OrderStatus) -> OrderStatus? {
    switch status {
    case .new: .accepted
    case .accepted: .assembling
    case .assembling: .photoSent
    case .photoSent, .approved, .inDelivery, .delivered, .readyForPickup, .pickedUp, .cancelled: nil
    }
  }

  func roundView(_ id: PhotoRoundID, _ db: Database) throws -> RoundView? {
    guard let round = try OrderPhotoStore.round(db, id: id), let order = try order(.id(round.order), db) else {
      return nil
    }
    let latest = try OrderPhotoStore.latestRound(db, order: order.id)
    return RoundView(
      round: round, order: order, linkedChats: try OrderStore.linkedChats(db, order: order.id),
      isLatest: latest?.id == round.id)
  }

  /// Ends the round (nil if it had ended meanwhile), moves the order and cancels the round's timers.
  func decide(_ id: PhotoRoundID, _ decision: PhotoDecision, _ by: String, _ turn: inout Turn) throws -> RoundView? {
    guard let before = try roundView(id, turn.db), before.awaitsAnswer,
      try OrderPhotoStore.decide(turn.db, round: id, decision, by: by, at: turn.now)
    else { return nil }
    let status: OrderStatus
    switch decision {
    case .approved, .autoApproved, .closedByStaff: status = .approved
    case .changesRequested, .superseded: status = .assembling
    }
    _ = try OrderStore.changeStatus(turn.db, order: before.order.id, to: status, actor: by, at: turn.now)
    turn.note(.photoDecided(order: before.order.id, round: id, decision, status: status, by: by))
    let payload = String(id.rawValue)
    turn.cancelTimer(chat: before.round.sentChat, name: ApprovalTimer.reminder, payload: payload)
    turn.cancelTimer(chat: before.round.sentChat, name: ApprovalTimer.deadline, payload: payload)
    return try roundView(id, turn.db)
  }

  /// The order a message of the bot was about (its buttons name it), for a photo sent as a reply.
  func repliedOrder(_ turn: Turn) throws -> OrderID? {
    guard let messageID = turn.event.replyToMessageID else { return nil }
    for message in try OutboxStore.sentMessages(turn.db, chat: turn.event.chat, messageID: messageID) {
      for data in Self.callbackData(of: message) {
        switch CallbackPayload(data: data) {
        case .staff(let button)?:
          if let id = button.order { return id }
        case .approval(.approve(let round))?, .approval(.change(let round))?:
          if let id = try OrderPhotoStore.round(turn.db, id: round)?.order { return id }
        case .approval(.pick)?, .ordering?, .tracking?, .photoSearch?, nil:
          continue
        }
      }
    }
    return nil
  }

  static func callbackData(of message: OutgoingMessage) -> [String] {
    let keyboard: InlineKeyboardMarkup?
    switch message {
    case .message(let m): keyboard = Self.inline(m.replyMarkup)
    case .photo(let p): keyboard = Self.inline(p.replyMarkup)
    case .editText(let e): keyboard = e.replyMarkup
    case .editMarkup(let e): keyboard = e.replyMarkup
    case .album, .callbackAnswer, .commands: keyboard = nil
    }
    return keyboard?.inlineKeyboard.joined().compactMap(\.callbackData) ?? []
  }

  static func inline(_ markup: ReplyMarkup?) -> InlineKeyboardMarkup? {
    if case .inline(let keyboard)? = markup { return keyboard }
    return nil
  }
}

extension StaffButton {
  /// The order the button is about, if any.
  var order: OrderID? {
    switch self {
    case .card(let id), .status(let id, _, _), .confirmCancel(let id), .keepOrder(let id), .paid(let id): id
    case .day: nil
    }
  }
}
