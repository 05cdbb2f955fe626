import Dialog
import FlowerShop
import Foundation
import GRDB

extension ShopLogic {
  /// Runs a board event from the chat's state; like tracking, a transition that opens no
  /// dialog leaves a chat that was not in the board dialog where it was.
  func board(_ event: BoardEvent, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    let current: BoardState? = if case .board(let s) = state { s } else { nil }
    let who = actor(turn)
    if let next = try run(Board.transition(current, event, c, who), &turn, c, who) { return .board(next) }
    return current == nil ? state : .idle
  }

  /// Performs board effects inside the update's transaction, feeding results back.
  func run(
    _ transition: BoardTransition, _ turn: inout Turn, _ c: OrderingContext, _ actor: Author
  ) throws -> BoardState? {
    try FlowDriver.run(transition, &turn, next: { Board.transition($0, $1, c, actor) }) { effect, turn -> BoardEvent? in
      switch effect {
      case .send(let reply):
        turn.send(reply)
        return nil
      case .toast(let text):
        turn.toast = text
        return nil
      case .loadDay(let date):
        return .dayLoaded(date, try OrderStore.orders(turn.db, shopID: configuration.shop.shop.id, on: date))
      case .loadOrder(let reference, let purpose):
        return .orderLoaded(reference, try order(reference, turn.db), purpose)
      case .changeStatus(let id, let from, let to, let note, let by):
        return .statusChanged(try changeStatus(id, from: from, to: to, note: note, actor: by, &turn))
      case .markPaid(let id, let by):
        return .paymentMarked(try markPaid(id, actor: by, &turn))
      }
    }
  }

  func order(_ reference: OrderReference, _ db: Database) throws -> Order? {
    switch reference {
    case .id(let id): return try OrderStore.order(db, id: id).flatMap { isOurs($0) ? $0 : nil }
    case .number(let number): return try OrderStore.order(db, shopID: configuration.shop.shop.id, number: number)
    }
  }

  /// Changes the status only if the order is still in `from`; the lifecycle validates the rest.
  func changeStatus(
    _ id: OrderID, from: OrderStatus?, to: OrderStatus, note: String?, actor: String, _ turn: inout Turn
  ) throws -> StatusChangeOutcome {
    guard let order = try order(.id(id), turn.db) else { return .notFound }
    if let from, order.status != from { return .refused(order) }
    do {
      let changed = try OrderStore.changeStatus(turn.db, order: id, to: to, actor: actor, at: turn.now, note: note)
      turn.note(.orderStatusChanged(changed, from: order.status, by: actor))
      // Staff moved the order past a photo waiting for the customer: that photo's buttons go stale.
      if order.status == .photoSent { try OrderPhotoStore.closePending(turn.db, order: id, by: actor, at: turn.now) }
      return .changed(changed, linkedChats: try OrderStore.linkedChats(turn.db, order: id), note: note)
    } catch OrderStoreError.statusChange {
      return .refused(order)
    }
  }

  func markPaid(_ id: OrderID, actor: String, _ turn: inout Turn) throws -> PaymentOutcome {
    guard try order(.id(id), turn.db) != nil else { return .notFound }
    let (order, marked) = try OrderStore.markPaid(turn.db, order: id, actor: actor, at: turn.now)
    guard marked else { return .alreadyPaid(order) }
    turn.note(.paymentReceived(order, by: actor))
    return .marked(order, linkedChats: try OrderStore.linkedChats(turn.db, order: id))
  }
}
