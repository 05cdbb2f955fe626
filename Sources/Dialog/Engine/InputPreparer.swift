import FlowerShop
import Foundation
import VisualSearch

/// Results of slow work done for an input before its transaction: the shell downloads photos
/// and runs the visual search outside SQLite, so the transaction stays short.
public struct PreparedInput: Sendable, Equatable {
  /// The visual search's answer for a photo a customer sent.
  public var photoSearch: PhotoSearchOutcome?
  /// A local copy of the photo or document the input carries (e.g. a florist's bouquet photo).
  public var savedFile: SavedFile?
  /// Why the file could not be fetched, when that was tried and failed.
  public var fileFailure: FileSourceError?
  public init(photoSearch: PhotoSearchOutcome? = nil, savedFile: SavedFile? = nil, fileFailure: FileSourceError? = nil)
  {
    self.photoSearch = photoSearch
    self.savedFile = savedFile
    self.fileFailure = fileFailure
  }
}

/// A file stored under the bot's data directory.
public struct SavedFile: Sendable, Equatable, Codable {
  public var path: String
  public var bytes: Int
  public init(path: String, bytes: Int) {
    self.path = path
    self.bytes = bytes
  }
}

/// Does the slow work an input needs (downloads, photo search) before the engine opens the
/// update's transaction; returns the event with `prepared` filled in.
public protocol InputPreparer: Sendable {
  func prepare(_ event: IncomingEvent) async -> IncomingEvent
  /// Whether `prepare` may do anything for `event`. Inputs that need nothing share one
  /// transaction with the rest of their `getUpdates` batch (see `Engine.process(together:)`);
  /// true by default, so a preparer that does not say is always given its time.
  func needsPreparation(_ event: IncomingEvent) -> Bool
}

extension InputPreparer {
  public func needsPreparation(_ event: IncomingEvent) -> Bool { true }
}
