import FlowerShop
import Foundation
import GRDB

/// The last decoded state of each chat, kept next to the JSON it was decoded from. The engine
/// still reads the chat's JSON in the transaction and uses the cached state only when the JSON
/// is identical, so a rolled-back savepoint, another process or a restore can never make it
/// stale; it only saves decoding JSON that was just encoded. Bounded: cleared when full.
final class StateCache<State: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [ChatID: (json: String, state: State)] = [:]
  private let capacity: Int

  init(capacity: Int = 50_000) { self.capacity = capacity }

  func state(chat: ChatID, json: String) -> State? {
    lock.withLock {
      guard let entry = entries[chat], entry.json == json else { return nil }
      return entry.state
    }
  }

  func store(chat: ChatID, json: String, state: State) {
    lock.withLock {
      if entries.count >= capacity, entries[chat] == nil { entries.removeAll(keepingCapacity: true) }
      entries[chat] = (json, state)
    }
  }
}

extension Engine {
  /// The chat's state: the cached one when its JSON is unchanged, else decoded (or the initial
  /// state for a new chat); with the JSON it came from.
  func loadState(chat: ChatID, db: Database) throws -> (state: Logic.State, json: String?) {
    guard let json = try DialogStateStore.loadJSON(db, chat: chat) else { return (logic.initialState, nil) }
    if let cached = states.state(chat: chat, json: json) { return (cached, json) }
    let state = try JSONDecoder().decode(Logic.State.self, from: Data(json.utf8))
    states.store(chat: chat, json: json, state: state)
    return (state, json)
  }

  /// Saves the next state unless it is the one loaded (nothing to write then).
  func saveState(
    _ next: Logic.State, loaded: (state: Logic.State, json: String?), chat: ChatID, db: Database, now: Date
  )
    throws
  {
    if loaded.json != nil, next == loaded.state { return }
    let json = try DialogStateStore.encode(next)
    try DialogStateStore.saveJSON(db, chat: chat, json: json, at: now)
    states.store(chat: chat, json: json, state: next)
  }
}
