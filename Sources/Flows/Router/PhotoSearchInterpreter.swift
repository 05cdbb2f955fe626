import Dialog
import FlowerShop
import Foundation

extension ShopLogic {
  /// Runs a photo-search event; the chat stays where it is unless a result opens ordering.
  func findByPhoto(
    _ event: PhotoSearchEvent, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext
  ) throws
    -> ChatState
  {
    let transition = PhotoSearchFlow.transition(event, c)
    if transition.keepsPressedMessage { turn.keepsPressedMessage = true }
    var next = state
    for effect in transition.effects {
      switch effect {
      case .send(let reply): turn.send(reply)
      case .startOrdering(let product): next = try startOrdering(product: product, &turn, c)
      }
    }
    return next
  }

  /// A customer's photo in the main menu: what the preparer found, or why it could not look.
  func customerPhoto(
    _ prepared: PreparedInput, _ state: ChatState, _ turn: inout Turn, _ c: OrderingContext
  ) throws
    -> ChatState
  {
    guard let outcome = prepared.photoSearch else {
      return try findByPhoto(.photoNotFetched(prepared.fileFailure ?? .unavailable("not prepared")), state, &turn, c)
    }
    return try findByPhoto(.photoSearched(outcome), state, &turn, c)
  }
}
