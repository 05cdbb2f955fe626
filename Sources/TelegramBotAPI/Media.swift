/// One size of a photo or a thumbnail.
public struct PhotoSize: Codable, Sendable, Equatable {
  /// Identifier to download or resend the file.
  public var fileID: String
  /// Identifier stable over time and across bots; cannot be used to download.
  public var fileUniqueID: String
  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int
  /// File size in bytes, if known.
  public var fileSize: Int?

  enum CodingKeys: String, CodingKey {
    case fileID = "file_id"
    case fileUniqueID = "file_unique_id"
    case width, height
    case fileSize = "file_size"
  }

  /// Creates a photo size value.
  public init(fileID: String, fileUniqueID: String, width: Int, height: Int, fileSize: Int? = nil) {
    self.fileID = fileID
    self.fileUniqueID = fileUniqueID
    self.width = width
    self.height = height
    self.fileSize = fileSize
  }
}

/// A general file sent as a document.
public struct Document: Codable, Sendable, Equatable {
  /// Identifier to download or resend the file.
  public var fileID: String
  /// Identifier stable over time and across bots; cannot be used to download.
  public var fileUniqueID: String
  /// Original file name as defined by the sender.
  public var fileName: String?
  /// MIME type as defined by the sender.
  public var mimeType: String?
  /// File size in bytes, if known.
  public var fileSize: Int?

  enum CodingKeys: String, CodingKey {
    case fileID = "file_id"
    case fileUniqueID = "file_unique_id"
    case fileName = "file_name"
    case mimeType = "mime_type"
    case fileSize = "file_size"
  }

  /// Creates a document value.
  public init(
    fileID: String, fileUniqueID: String, fileName: String? = nil, mimeType: String? = nil,
    fileSize: Int? = nil
  ) {
    self.fileID = fileID
    self.fileUniqueID = fileUniqueID
    self.fileName = fileName
    self.mimeType = mimeType
    self.fileSize = fileSize
  }
}

/// A file ready to be downloaded, as returned by `getFile`.
public struct File: Codable, Sendable, Equatable {
  /// Identifier to download or resend the file.
  public var fileID: String
  /// Identifier stable over time and across bots; cannot be used to download.
  public var fileUniqueID: String
  /// File size in bytes, if known.
  public var fileSize: Int?
  /// Path to append to the file download URL; absent when the file cannot be downloaded.
  public var filePath: String?

  enum CodingKeys: String, CodingKey {
    case fileID = "file_id"
    case fileUniqueID = "file_unique_id"
    case fileSize = "file_size"
    case filePath = "file_path"
  }

  /// Creates a file value.
  public init(fileID: String, fileUniqueID: String, fileSize: Int? = nil, filePath: String? = nil) {
    self.fileID = fileID
    self.fileUniqueID = fileUniqueID
    self.fileSize = fileSize
    self.filePath = filePath
  }
}
