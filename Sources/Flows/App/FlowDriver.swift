import Dialog

/// A flow's answer to an event: its next state (nil: no dialog of this flow) and what to do.
protocol FlowTransition {
  associatedtype State
  associatedtype Effect
  var state: State? { get }
  var effects: [Effect] { get }
}

extension BoardTransition: FlowTransition {}
extension TrackingTransition: FlowTransition {}
extension ApprovalTransition: FlowTransition {}
extension AdminTransition: FlowTransition {}

/// The interpreters' common loop: performs a transition's effects in order inside the update's
/// transaction. An effect that produces a result feeds it back to the flow through `next`, and
/// the effects of that transition run at once, depth first; effects without a result (a reply,
/// a toast, a timer) just happen. Returns the state the flow ends in.
enum FlowDriver {
  static func run<T: FlowTransition, Event>(
    _ transition: T, _ turn: inout Turn, next: (T.State?, Event) throws -> T,
    perform: (T.Effect, inout Turn) throws -> Event?
  ) throws -> T.State? {
    var state = transition.state
    for effect in transition.effects {
      guard let result = try perform(effect, &turn) else { continue }
      state = try run(next(state, result), &turn, next: next, perform: perform)
    }
    return state
  }
}
