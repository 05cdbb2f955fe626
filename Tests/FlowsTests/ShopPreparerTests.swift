import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import Testing
import VisualSearch

@testable import Flows

/// A file source answering every download with the same result, recording what was asked.
final class StubFileSource: FileSource, @unchecked Sendable {
  let result: Result<Data, FileSourceError>
  private let lock = NSLock()
  private var requests: [(String, Int)] = []

  init(_ result: Result<Data, FileSourceError>) { self.result = result }

  var requested: [String] { lock.withLock { requests.map(\.0) } }
  var limits: [Int] { lock.withLock { requests.map(\.1) } }

  func download(fileID: String, maxBytes: Int) async throws(FileSourceError) -> Data {
    lock.withLock { requests.append((fileID, maxBytes)) }
    return try result.get()
  }
}

/// The preparer: customers' photos are downloaded and searched; staff photos are left alone.
@Suite struct ShopPreparerTests {
  static let roses = repositoryRoot.appendingPathComponent(
    "Sources/FlowerShop/Resources/DemoShop/images/rose-red-15.jpg")

  /// A photo search whose index holds the red roses as product 1.
  static func search() throws -> PhotoSearch {
    let embedder = DescriptorEmbedder()
    let image = try ImageDecoder().decode(try Data(contentsOf: roses), minSide: embedder.preferredMinSide)
    var index = VectorIndex(dimension: embedder.dimension)
    index.add(IndexViews.views(of: image).map(embedder.embed), for: ProductID(1))
    return PhotoSearch(embedder: embedder, index: index)
  }

  func preparer(_ files: StubFileSource?) throws -> ShopPreparer {
    ShopPreparer(
      files: files, search: try Self.search(), staff: demoShop.staff,
      logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
  }

  func photo(from user: Int64, privateChat: Bool = true) -> IncomingEvent {
    IncomingEvent(
      updateID: 1, chat: ChatID(privateChat ? user : -100), isPrivateChat: privateChat,
      sender: Sender(user: UserID(user), firstName: "Айгерим"), input: .photo(fileID: "file-1", caption: nil))
  }

  @Test func aCustomersPhotoIsDownloadedAndSearched() async throws {
    let files = StubFileSource(.success(try Data(contentsOf: Self.roses)))
    let prepared = try await preparer(files).prepare(photo(from: 1001))
    #expect(files.requested == ["file-1"])
    #expect(files.limits == [20_000_000])
    guard case .exact(let best)? = prepared.prepared.photoSearch else {
      Issue.record("expected an exact match, got \(String(describing: prepared.prepared.photoSearch))")
      return
    }
    #expect(best.product == ProductID(1))
    #expect(prepared.prepared.fileFailure == nil)
    var expected = photo(from: 1001)
    expected.prepared = PreparedInput(photoSearch: .exact(best))
    #expect(prepared == expected)
  }

  @Test func aCorruptFileIsAnOutcomeNotAFailure() async throws {
    let files = StubFileSource(.success(Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46])))
    let prepared = try await preparer(files).prepare(photo(from: 1001))
    #expect(prepared.prepared == PreparedInput(photoSearch: .failed(.corrupt)))
  }

  @Test(arguments: [FileSourceError.tooLarge(bytes: 21_000_000), .notFound, .unavailable("timed out")])
  func aFailedDownloadIsRecorded(error: FileSourceError) async throws {
    let prepared = try await preparer(StubFileSource(.failure(error))).prepare(photo(from: 1001))
    #expect(prepared.prepared == PreparedInput(fileFailure: error))
  }

  @Test func withoutAFileSourceTheDownloadIsUnavailable() async throws {
    let prepared = try await preparer(nil).prepare(photo(from: 1001))
    #expect(prepared.prepared == PreparedInput(fileFailure: .unavailable("no file source configured")))
  }

  @Test(arguments: [Int64(2001), 1000])
  func staffPhotosAreNotSearched(user: Int64) async throws {
    let files = StubFileSource(.success(try Data(contentsOf: Self.roses)))
    let event = photo(from: user)
    #expect(try await preparer(files).prepare(event) == event)
    #expect(files.requested.isEmpty)
  }

  @Test func groupChatsAndOtherInputsAreLeftAlone() async throws {
    let files = StubFileSource(.success(try Data(contentsOf: Self.roses)))
    let group = photo(from: 1001, privateChat: false)
    #expect(try await preparer(files).prepare(group) == group)
    var text = photo(from: 1001)
    text.input = .text("привет")
    #expect(try await preparer(files).prepare(text) == text)
    #expect(files.requested.isEmpty)
  }

  @Test func aFloristGrantedInChatIsStaffToo() async throws {
    let database = try BotDatabase.inMemory()
    try BotDatabase.migrator().migrate(database)
    try await database.write { db in
      _ = try StaffStore.grantFlorist(db, shopID: "demo-almaty", user: UserID(3003), by: UserID(1000), at: Date())
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prep-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = StubFileSource(.success(try Data(contentsOf: Self.roses)))
    let preparer = ShopPreparer(
      files: files, search: try Self.search(), staff: demoShop.staff,
      logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), dataDirectory: folder,
      grants: (database, "demo-almaty"))
    let prepared = await preparer.prepare(photo(from: 3003))
    #expect(prepared.prepared.photoSearch == nil)
    #expect(prepared.prepared.savedFile?.bytes == (try Data(contentsOf: Self.roses)).count)
    let customer = await preparer.prepare(photo(from: 1001))
    #expect(customer.prepared.photoSearch != nil)
  }
}
