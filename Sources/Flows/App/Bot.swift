import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import TelegramBotAPI
import VisualSearch

/// What the bot is: the shop, where its product images are, its texts.
public struct BotConfiguration: Sendable {
  public var shop: ShopConfiguration
  /// The folder that product image names are relative to.
  public var imageDirectory: URL
  public var localizer: Localizer
  /// The photo search's embedder and rule: `run` picks the neural one when its weights are
  /// present (`PhotoMatching.preferred`); tests and the console keep the hand-made descriptor.
  public var photoMatching = PhotoMatching.descriptor
  /// Where the bot keeps files of its own (copies of the florists' bouquet photos); `run` uses
  /// the database file's folder, tests and the console a temporary folder.
  public var dataDirectory: URL
  public init(
    shop: ShopConfiguration, imageDirectory: URL, localizer: Localizer,
    dataDirectory: URL = FileManager.default.temporaryDirectory.appendingPathComponent("flowerbot-data")
  ) {
    self.shop = shop
    self.imageDirectory = imageDirectory
    self.localizer = localizer
    self.dataDirectory = dataDirectory
  }
}

/// What varies between production, the console and tests.
public struct BotDependencies: Sendable {
  public var database: any DatabaseWriter
  public var clock: any WallClock
  public var random: any RandomSource
  public var delivery: any MessageDelivery
  public var logger: Logger
  /// Where photos and documents people send are downloaded from; nil when the bot cannot fetch files.
  public var files: (any FileSource)?
  public init(
    database: any DatabaseWriter, clock: any WallClock, random: any RandomSource, delivery: any MessageDelivery,
    logger: Logger, files: (any FileSource)? = nil
  ) {
    self.database = database
    self.clock = clock
    self.random = random
    self.delivery = delivery
    self.logger = logger
    self.files = files
  }
}

/// The assembled bot: the engine running the shop's flows, and the outbox dispatcher.
public final class Bot: Sendable {
  public let configuration: BotConfiguration
  public let engine: Engine<ShopLogic>
  public let dispatcher: OutboxDispatcher
  /// The catalog's photo index; update it when a product gets an image or changes availability.
  public let photoSearch: PhotoSearch?
  public var database: any DatabaseWriter { engine.database }

  init(
    configuration: BotConfiguration, engine: Engine<ShopLogic>, dispatcher: OutboxDispatcher,
    photoSearch: PhotoSearch? = nil
  ) {
    self.configuration = configuration
    self.engine = engine
    self.dispatcher = dispatcher
    self.photoSearch = photoSearch
  }

  /// Processes one update in one transaction (exactly once per update id).
  @discardableResult
  public func process(_ update: Update) async throws -> UpdateOutcome { try await engine.process(update) }

  /// Fires the timers that are due by the clock.
  @discardableResult
  public func fireDueTimers() async throws -> Int { try await engine.fireDueTimers() }

  /// Sends what waits in the outbox.
  @discardableResult
  public func deliverPending() async throws -> DispatchReport { try await dispatcher.deliverPending() }
}

/// The composition root: production, the console, `replay` and every test build the bot here.
/// Migrates the database and loads the shop's catalog into it.
public func buildBot(configuration: BotConfiguration, dependencies: BotDependencies) throws -> Bot {
  try BotDatabase.migrator().migrate(dependencies.database)
  try dependencies.database.write { db in try ShopStore.sync(db, configuration: configuration.shop) }
  let embedder = configuration.photoMatching.embedder
  try CatalogIndexer(embedder: embedder).indexCatalog(
    dependencies.database, shopID: configuration.shop.shop.id, imageDirectory: configuration.imageDirectory)
  let photoSearch = try PhotoSearch.load(
    dependencies.database, shopID: configuration.shop.shop.id, embedder: embedder,
    rule: configuration.photoMatching.rule)
  let preparer = ShopPreparer(
    files: dependencies.files, search: photoSearch, staff: configuration.shop.staff, logger: dependencies.logger,
    dataDirectory: configuration.dataDirectory, grants: (dependencies.database, configuration.shop.shop.id))
  var logic = ShopLogic(configuration: configuration)
  logic.photoSearch = photoSearch
  let engine = Engine(
    database: dependencies.database, logic: logic, localizer: configuration.localizer, clock: dependencies.clock,
    random: dependencies.random, logger: dependencies.logger, preparer: preparer)
  let dispatcher = OutboxDispatcher(
    database: dependencies.database, delivery: dependencies.delivery, clock: dependencies.clock,
    logger: dependencies.logger)
  return Bot(configuration: configuration, engine: engine, dispatcher: dispatcher, photoSearch: photoSearch)
}

/// The one database of the bot: every module's migrations, in order.
public enum BotDatabase {
  public static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    FlowerShopSchema.register(in: &migrator)
    DialogSchema.register(in: &migrator)
    VisualSearchSchema.register(in: &migrator)
    FlowerShopSchema.registerStaff(in: &migrator)
    BroadcastSchema.register(in: &migrator)
    MenuSchema.register(in: &migrator)
    return migrator
  }

  /// Production: one WAL pool on a file.
  public static func openPool(path: String) throws -> DatabasePool {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    return try DatabasePool(path: path, configuration: configuration)
  }

  /// Tests and the throwaway console: an in-memory database.
  public static func inMemory() throws -> DatabaseQueue { try DatabaseQueue() }
}
