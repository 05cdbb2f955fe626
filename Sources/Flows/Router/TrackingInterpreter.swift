import Dialog
import FlowerShop
import Foundation
import GRDB

extension ShopLogic {
  /// Runs a tracking event from the chat's state. Outside the tracking dialog a transition
  /// that opens no dialog leaves the chat where it was (a list button pressed while ordering).
  func track(_ event: TrackingEvent, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    let current: TrackingState? = if case .tracking(let s) = state { s } else { nil }
    let who = actor(turn)
    if let next = try run(Tracking.transition(current, event, c, who), &turn, c, who) { return .tracking(next) }
    return current == nil ? state : .idle
  }

  /// Performs tracking effects inside the update's transaction, feeding results back.
  func run(
    _ transition: TrackingTransition, _ turn: inout Turn, _ c: OrderingContext, _ actor: Author
  ) throws
    -> TrackingState?
  {
    try FlowDriver.run(transition, &turn, next: { Tracking.transition($0, $1, c, actor) }) {
      effect, turn -> TrackingEvent? in
      switch effect {
      case .send(let reply):
        turn.send(reply)
        return nil
      case .toast(let text):
        turn.toast = text
        return nil
      case .link(let orders):
        for order in orders { try OrderStore.link(turn.db, chat: actor.chat, order: order, at: turn.now) }
        return nil
      case .loadOrders(let page):
        return .ordersLoaded(page: page, try OrderStore.orders(turn.db, linkedTo: actor.chat).filter(isOurs))
      case .loadOrder(let id, let page):
        return .orderLoaded(try tracked(OrderStore.order(turn.db, id: id), turn.db), page: page)
      case .lookUp(let code):
        return .codeLookedUp(code, try tracked(OrderStore.order(turn.db, trackingID: code), turn.db))
      case .findOrders(let phone):
        return .phoneOrdersFound(phone, try OrderStore.orders(turn.db, customerPhone: phone).filter(isOurs))
      }
    }
  }

  /// The order with its history and linked chats, if it is this shop's.
  func tracked(_ order: Order?, _ db: Database) throws -> TrackedOrder? {
    guard let order, isOurs(order) else { return nil }
    return TrackedOrder(
      order: order, history: try OrderStore.history(db, order: order.id),
      linkedChats: try OrderStore.linkedChats(db, order: order.id))
  }

  func isOurs(_ order: Order) -> Bool { order.shopID == configuration.shop.shop.id }
}
