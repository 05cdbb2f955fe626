import Dialog
import FlowerShop
import Foundation
import GRDB
import Logging
import VisualSearch

/// The shop's slow work before an update's transaction: a customer's photo (or image document)
/// is downloaded and searched in the catalog; staff photos are left to `prepareStaffPhoto`.
/// Nothing here logs a file URL (Telegram's contain the bot token): only file ids and errors.
public struct ShopPreparer: InputPreparer {
  /// Telegram's getFile serves at most 20 MB.
  public static let maxDownloadBytes = 20_000_000

  let files: (any FileSource)?
  /// The catalog's photo index, loaded after indexing; `Bot.photoSearch` is the same instance.
  public let search: PhotoSearch
  let staff: StaffConfiguration
  let logger: Logger
  /// Staff photos are saved under `order-photos/` here.
  let dataDirectory: URL?
  /// Where florists granted in chat are looked up (with the shop's id); nil: the shop file only.
  let grants: (database: any DatabaseReader, shopID: String)?

  public init(
    files: (any FileSource)?, search: PhotoSearch, staff: StaffConfiguration, logger: Logger,
    dataDirectory: URL? = nil, grants: (database: any DatabaseReader, shopID: String)? = nil
  ) {
    self.files = files
    self.search = search
    self.staff = staff
    self.logger = logger
    self.dataDirectory = dataDirectory
    self.grants = grants
  }

  /// Only photos are prepared (see `prepare`).
  public func needsPreparation(_ event: IncomingEvent) -> Bool {
    guard case .photo = event.input else { return false }
    return true
  }

  public func prepare(_ event: IncomingEvent) async -> IncomingEvent {
    guard case .photo(let fileID, _) = event.input else { return event }
    switch await role(of: event.sender.user) {
    case .admin, .florist:
      return await prepareStaffPhoto(event, fileID: fileID)
    case .customer:
      // Outside private chats the main menu does not answer, so there is nothing to search for.
      guard event.isPrivateChat else { return event }
      return await prepareCustomerPhoto(event, fileID: fileID)
    }
  }

  /// The shop file's role, or florist for someone an admin granted the role in chat.
  func role(of user: UserID) async -> StaffRole {
    let configured = staff.role(of: user)
    guard configured == .customer, let grants else { return configured }
    do {
      let granted = try await grants.database.read { db in
        try StaffStore.isGrantedFlorist(db, shopID: grants.shopID, user: user)
      }
      return granted ? .florist : .customer
    } catch {
      logger.error("reading staff grants failed", metadata: ["user_id": "\(user)", "error": "\(error)"])
      return configured
    }
  }

  /// A customer's photo: downloaded (at most 20 MB) and searched; the outcome or the download
  /// failure goes into `prepared`.
  func prepareCustomerPhoto(_ event: IncomingEvent, fileID: String) async -> IncomingEvent {
    var event = event
    switch await download(fileID, for: event) {
    case .success(let data): event.prepared.photoSearch = search.search(imageData: data)
    case .failure(let error): event.prepared.fileFailure = error
    }
    return event
  }

  /// A florist's or admin's photo (the bouquet photo of an order): downloaded and kept under
  /// the data directory (`savedFile`); a failed download or write goes into `fileFailure`.
  func prepareStaffPhoto(_ event: IncomingEvent, fileID: String) async -> IncomingEvent {
    var event = event
    guard let dataDirectory else { return event }
    switch await download(fileID, for: event) {
    case .failure(let error): event.prepared.fileFailure = error
    case .success(let data):
      let folder = dataDirectory.appendingPathComponent("order-photos", isDirectory: true)
      let name = String(fileID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(120))
      let url = folder.appendingPathComponent(name + ".jpg")
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        event.prepared.savedFile = SavedFile(path: url.path, bytes: data.count)
      } catch {
        logger.error(
          "saving a photo failed", metadata: event.logMetadata(["file_id": "\(fileID)", "error": "\(error)"]))
        event.prepared.fileFailure = .unavailable("cannot save the photo")
      }
    }
    return event
  }

  func download(_ fileID: String, for event: IncomingEvent) async -> Result<Data, FileSourceError> {
    guard let files else { return .failure(.unavailable("no file source configured")) }
    do {
      return .success(try await files.download(fileID: fileID, maxBytes: Self.maxDownloadBytes))
    } catch {
      logger.notice(
        "photo download failed", metadata: event.logMetadata(["file_id": "\(fileID)", "error": "\(error)"]))
      return .failure(error)
    }
  }
}
