import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI

/// What happened to one update.
public enum UpdateOutcome: Sendable, Equatable {
  case processed
  /// Seen before (Telegram delivers at least once); skipped.
  case duplicate
  /// Not something the bot handles; recorded as seen and counted.
  case ignored
  /// The application failed; the person got an apology, the state was kept.
  case failed
}

/// The imperative shell: each input runs in its own SAVEPOINT of a write transaction, in which
/// the update id is checked and recorded, the chat's state loaded, the application run, the
/// new state saved and every reply appended to the outbox. Inputs arriving together share one
/// transaction (group commit, see `GroupCommitter`); `process` returns once it committed.
public final class Engine<Logic: ChatLogic>: Sendable {
  public let database: any DatabaseWriter
  public let logic: Logic
  public let renderer: Renderer
  let clock: any WallClock
  let random: any RandomSource
  let logger: Logger
  let preparer: (any InputPreparer)?
  let committer: GroupCommitter
  let states = StateCache<Logic.State>()
  let housekeeping = HousekeepingMark()

  public init(
    database: any DatabaseWriter, logic: Logic, localizer: Localizer, clock: any WallClock,
    random: any RandomSource, logger: Logger, preparer: (any InputPreparer)? = nil
  ) {
    self.database = database
    self.logic = logic
    self.renderer = Renderer(localizer: localizer)
    self.clock = clock
    self.random = random
    self.logger = logger
    self.preparer = preparer
    self.committer = GroupCommitter(database: database)
  }

  public func process(_ update: Update) async throws -> UpdateOutcome {
    guard let event = InputNormalizer.event(from: update) else { return try await skip(update) }
    return try await process(event)
  }

  public func process(_ event: IncomingEvent) async throws -> UpdateOutcome {
    // Timed only when the per-update debug line will be written.
    let started = logger.logLevel <= .debug ? ContinuousClock.now : nil
    let event = await preparer?.prepare(event) ?? event
    let now = clock.now()
    let done = try await committer.commit { db in try self.runOrApologize(event, db: db, now: now) }
    emit(done, event: event, started: started)
    return done.outcome
  }

  /// Runs the input as a work of the `GroupCommitter`; when the application fails (not the
  /// database), its writes are rolled back and the person gets an apology instead, in the
  /// committer's savepoint for this input. In the committer's first pass there is none: the
  /// error goes up, and the committer runs the batch again carefully.
  func runOrApologize(_ event: IncomingEvent, db: Database, now: Date) throws -> Committed {
    do {
      return try run(event, db: db, now: now)
    } catch let error as DatabaseError {
      throw error
    } catch {
      guard committer.isCareful else { throw error }
      try Savepoint.rollBackWork(db)
      try apologize(event, db: db, now: now)
      return Committed(.failed, notes: [Self.failureNote(event, error)])
    }
  }

  /// Fires every timer due now, each in its own savepoint; returns how many fired.
  @discardableResult
  public func fireDueTimers() async throws -> Int {
    let now = clock.now()
    let due = try await database.read { db in try TimerStore.due(db, at: now, limit: 500) }
    var fired = 0
    for timer in due {
      let sender = Sender(user: UserID(timer.chat.rawValue), firstName: "")
      let event = IncomingEvent(
        updateID: nil, chat: timer.chat, sender: sender, input: .timer(name: timer.name, payload: timer.payload))
      let started = logger.logLevel <= .debug ? ContinuousClock.now : nil
      let done: Committed
      do {
        done = try await committer.commit { db -> Committed in
          guard try TimerStore.remove(db, id: timer.id) else { return Committed(.duplicate) }
          switch try Savepoint.run(db, { try self.run(event, db: db, now: now) }) {
          case .success(let done): return done
          case .failure(let error as DatabaseError): throw error
          case .failure(let error):
            // It would fail again at every tick: its writes are rolled back, the timer dropped.
            return Committed(.failed, notes: [Self.failureNote(event, error)])
          }
        }
      } catch {
        logger.error("timer failed", metadata: event.logMetadata(["timer": "\(timer.name)", "error": "\(error)"]))
        throw error
      }
      emit(done, event: event, started: started)
      if done.outcome == .processed { fired += 1 }
    }
    return fired
  }

  func run(_ event: IncomingEvent, db: Database, now: Date) throws -> Committed {
    if let updateID = event.updateID, try !DialogStateStore.markSeen(db, updateID: updateID, at: now) {
      return Committed(.duplicate)
    }
    let language = try chatLanguage(event, db: db, now: now)
    let loaded = try loadState(chat: event.chat, db: db)
    var turn = Turn(db: db, now: now, event: event, language: language, localizer: renderer.localizer, random: random)
    let next = try logic.handle(event, state: loaded.state, turn: &turn)
    try saveState(next, loaded: loaded, chat: event.chat, db: db, now: now)
    try flush(turn, event: event, db: db, now: now)
    return Committed(.processed, notes: turn.notes)
  }

  func chatLanguage(_ event: IncomingEvent, db: Database, now: Date) throws -> String {
    if case .timer = event.input {
      return try ChatStore.language(db, chat: event.chat) ?? renderer.localizer.language(forCode: nil)
    }
    let initial = renderer.localizer.language(forCode: event.sender.languageCode)
    return try ChatStore.touch(
      db, chat: event.chat, sender: event.sender, isPrivate: event.isPrivateChat, language: initial, at: now)
  }

  func flush(_ turn: Turn, event: IncomingEvent, db: Database, now: Date) throws {
    if let queryID = event.callbackQueryID {
      // Telegram refuses answers over 200 characters.
      let toast = turn.toast.map { String(renderer.string($0, language: turn.language).prefix(200)) }
      try OutboxStore.append(
        db, chat: event.chat, message: .callbackAnswer(AnswerCallbackQuery(callbackQueryID: queryID, text: toast)),
        priority: .interactive, at: now)
    }
    // The first reply in the chat of a button press takes the pressed message's place.
    var pressed = turn.keepsPressedMessage ? nil : event.pressedMessage
    for reply in turn.replies {
      let chat = reply.chat ?? event.chat
      // A chat the bot has never seen (a staff group) gets the default language, not the sender's.
      let language =
        chat == event.chat
        ? turn.language : try ChatStore.language(db, chat: chat) ?? renderer.localizer.language(forCode: nil)
      let messages: [OutgoingMessage]
      if chat == event.chat, let replaced = pressed {
        messages = renderer.render(reply, chat: chat, language: language, replacing: replaced)
        pressed = nil
      } else {
        messages = renderer.render(reply, chat: chat, language: language)
      }
      for message in messages {
        try OutboxStore.append(db, chat: chat, message: message, priority: reply.priority, at: now)
      }
    }
    for change in turn.timerChanges {
      switch change {
      case .set(let chat, let name, let payload, let at):
        try TimerStore.set(db, chat: chat, name: name, payload: payload, at: at)
      case .cancel(let chat, let name, let payload):
        try TimerStore.cancel(db, chat: chat, name: name, payload: payload)
      }
    }
  }

  func apologize(_ event: IncomingEvent, db: Database, now: Date) throws {
    if let updateID = event.updateID { _ = try DialogStateStore.markSeen(db, updateID: updateID, at: now) }
    let language =
      try ChatStore.language(db, chat: event.chat) ?? renderer.localizer.language(forCode: event.sender.languageCode)
    var turn = Turn(db: db, now: now, event: event, language: language, localizer: renderer.localizer, random: random)
    turn.send(Reply(.key(EngineKeys.genericError, [:])))
    try flush(turn, event: event, db: db, now: now)
  }
}

/// Locale keys the engine itself uses.
public enum EngineKeys {
  public static let genericError = "error-generic"
}
