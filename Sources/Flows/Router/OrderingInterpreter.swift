import Dialog
import FlowerShop
import Foundation

extension ShopLogic {
  /// Performs the effects of an ordering transition inside the update's transaction, feeding
  /// domain results back into the dialog, and returns the chat's next state.
  func run(_ transition: OrderingTransition, _ turn: inout Turn, _ c: OrderingContext) throws -> ChatState {
    for effect in transition.effects {
      switch effect {
      case .send(let reply):
        turn.send(reply)
      case .toast(let text):
        turn.toast = text
      case .createOrder(let request):
        guard let state = transition.state else { continue }
        let result = try placeOrder(request, &turn, c)
        return try run(Ordering.transition(state, result, c), &turn, c)
      }
    }
    return transition.state.map(ChatState.ordering) ?? .idle
  }

  /// Validates at this instant (prices from the catalog, the slot still feasible) and stores the order.
  func placeOrder(_ request: OrderRequest, _ turn: inout Turn, _ c: OrderingContext) throws -> OrderingEvent {
    switch OrderRules.validate(request, shop: c.shop, catalog: c.catalog, at: turn.now) {
    case .failure(let error):
      return .orderRejected(error)
    case .success(let pricing):
      let trackingID = TrackingID.generate(using: &turn.random)
      let order = try OrderStore.create(
        turn.db, shopID: c.shop.shop.id, request: request, pricing: pricing, trackingID: trackingID,
        chat: turn.event.chat, actor: "customer:\(turn.event.sender.user)", at: turn.now)
      turn.note(.orderCreated(order))
      return .orderCreated(order)
    }
  }
}
