import FlowerShop
import Foundation
import GRDB

/// Each chat's dialog state as JSON, and the update ids already processed.
public enum DialogStateStore {
  public static func load<State: Decodable>(_ db: Database, chat: ChatID, as type: State.Type) throws -> State? {
    guard let json = try loadJSON(db, chat: chat) else { return nil }
    return try JSONDecoder().decode(State.self, from: Data(json.utf8))
  }

  public static func save<State: Encodable>(_ db: Database, chat: ChatID, state: State, at now: Date) throws {
    try saveJSON(db, chat: chat, json: try encode(state), at: now)
  }

  /// The chat's state as stored, undecoded.
  public static func loadJSON(_ db: Database, chat: ChatID) throws -> String? {
    try db.cachedStatement(sql: "SELECT state FROM dialog_states WHERE chat_id = ?").fetchText {
      $0.bind(chat.rawValue)
    }
  }

  /// A state as stored: JSON, stable (equal states store equal text). Written by the state
  /// itself when it is `StateJSONWritable` (the same bytes, checked in debug builds), else by
  /// the streaming encoder (keys in declaration order); `JSONEncoder` with sorted keys for what
  /// neither handles.
  public static func encode<State: Encodable>(_ state: State) throws -> String {
    // A metatype cast: casting the value would copy it into an existential box on every save.
    if let writable = State.self as? any StateJSONWritable.Type, let bytes = try? stateJSON(state, as: writable) {
      assert(bytes == (try? StreamingJSONEncoder.encode(state)), "hand-written state JSON differs from Codable's")
      return String(decoding: bytes, as: UTF8.self)
    }
    if let bytes = try? StreamingJSONEncoder.encode(state) { return String(decoding: bytes, as: UTF8.self) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(state), as: UTF8.self)
  }

  /// `state`'s own JSON; `type` is `State` itself, known to be `StateJSONWritable`.
  private static func stateJSON<State, Writable: StateJSONWritable>(
    _ state: State, as type: Writable.Type
  ) throws -> [UInt8] {
    assert(State.self == Writable.self)
    return try unsafeBitCast(state, to: Writable.self).stateJSON()
  }

  public static func saveJSON(_ db: Database, chat: ChatID, json: String, at now: Date) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO dialog_states (chat_id, state, updated_at) VALUES (?, ?, ?)
        ON CONFLICT(chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
        """
    ).run {
      $0.bind(chat.rawValue)
      $0.bind(json)
      $0.bind(StoredDate(now))
    }
  }

  /// Records an update id; false when it was already seen (the update must be skipped).
  public static func markSeen(_ db: Database, updateID: Int64, at now: Date) throws -> Bool {
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO seen_updates (update_id, seen_at) VALUES (?, ?)").run {
      $0.bind(updateID)
      $0.bind(StoredDate(now))
    }
    return db.changesCount == 1
  }
}
