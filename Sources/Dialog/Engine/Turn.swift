import FlowerShop
import Foundation
import GRDB

/// Everything one input may use and produce, inside the update's write transaction.
/// Flows' interpreters perform domain writes through `db`; replies and timers are collected
/// here and written to the outbox and timers tables by the engine in the same transaction.
public struct Turn {
  public let db: Database
  public let now: Date
  public let event: IncomingEvent
  /// The language of the current chat ("ru", "kk", "en").
  public var language: String
  public let localizer: Localizer
  public var random: RandomSourceGenerator
  public private(set) var replies: [Reply] = []
  /// Text of the callback answer (a small toast); nil answers silently.
  public var toast: Text?
  /// Set by a flow that wants the pressed message left as it is (neither edited nor stripped of
  /// its buttons); by default the first reply of a button press takes that message's place.
  public var keepsPressedMessage = false
  public private(set) var timerChanges: [TimerChange] = []
  /// What to log about this input once its transaction committed (see `LogNote`).
  public private(set) var notes: [LogNote] = []

  init(db: Database, now: Date, event: IncomingEvent, language: String, localizer: Localizer, random: any RandomSource)
  {
    self.db = db
    self.now = now
    self.event = event
    self.language = language
    self.localizer = localizer
    self.random = RandomSourceGenerator(random)
  }

  public mutating func send(_ reply: Reply) { replies.append(reply) }
  public mutating func send(_ replies: [Reply]) { self.replies += replies }

  public mutating func setTimer(chat: ChatID? = nil, name: String, payload: String, at dueAt: Date) {
    timerChanges.append(.set(chat: chat ?? event.chat, name: name, payload: payload, at: dueAt))
  }

  /// Logs `note` once this input's transaction committed; dropped if it rolls back.
  public mutating func note(_ note: LogNote) { notes.append(note) }

  public mutating func cancelTimer(chat: ChatID? = nil, name: String, payload: String? = nil) {
    timerChanges.append(.cancel(chat: chat ?? event.chat, name: name, payload: payload))
  }
}

public enum TimerChange: Sendable, Equatable {
  case set(chat: ChatID, name: String, payload: String, at: Date)
  case cancel(chat: ChatID, name: String, payload: String?)
}

/// The application on top of the engine: the router and the flows.
public protocol ChatLogic: Sendable {
  associatedtype State: Codable & Sendable & Equatable
  /// The state of a chat never seen before.
  var initialState: State { get }
  /// Handles one input and returns the chat's next state. Throwing rolls back the whole
  /// update; the engine then apologises to the person and logs the error.
  func handle(_ event: IncomingEvent, state: State, turn: inout Turn) throws -> State
}
