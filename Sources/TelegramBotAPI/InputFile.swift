/// A file to send: one Telegram already has, one at a URL, or a local file to upload.
///
/// Encodes as a string: the file id, the URL, or `attach://<basename>` for an upload,
/// which the client pairs with a multipart part of that name. Decoding reverses this,
/// except that an upload decodes with its basename as the path.
public enum InputFile: Codable, Sendable, Equatable {
  /// A file already on Telegram's servers.
  case fileID(String)
  /// A file Telegram downloads from an HTTP(S) URL.
  case url(String)
  /// A local file the client uploads.
  case upload(path: String)

  private static let attachPrefix = "attach://"

  /// The multipart part name of an upload (the file's basename), or nil for other cases.
  public var attachmentName: String? {
    switch self {
    case .fileID, .url: nil
    case .upload(let path): path.split(separator: "/").last.map(String.init) ?? path
    }
  }

  /// The local path of an upload, or nil for other cases.
  public var uploadPath: String? {
    switch self {
    case .fileID, .url: nil
    case .upload(let path): path
    }
  }

  /// Decodes from the string form.
  public init(from decoder: any Decoder) throws {
    let value = try decoder.singleValueContainer().decode(String.self)
    if value.hasPrefix(Self.attachPrefix) {
      self = .upload(path: String(value.dropFirst(Self.attachPrefix.count)))
    } else if value.hasPrefix("http://") || value.hasPrefix("https://") {
      self = .url(value)
    } else {
      self = .fileID(value)
    }
  }

  /// Encodes as the string form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(stringForm)
  }

  /// What the file is in a call's JSON: its id, its URL or `attach://` and the upload's name.
  public var stringForm: String {
    switch self {
    case .fileID(let id): id
    case .url(let url): url
    case .upload: Self.attachPrefix + (attachmentName ?? "")
    }
  }
}

/// A photo in an album sent with `sendMediaGroup`; encodes with `"type": "photo"`.
public struct InputMediaPhoto: Codable, Sendable, Equatable {
  /// The photo.
  public var media: InputFile
  /// Caption (≤ 1024 characters); Telegram shows the first photo's caption for the album.
  public var caption: String?
  /// How to parse entities in the caption.
  public var parseMode: ParseMode?

  enum CodingKeys: String, CodingKey {
    case type, media, caption
    case parseMode = "parse_mode"
  }

  /// Creates an album photo.
  public init(media: InputFile, caption: String? = nil, parseMode: ParseMode? = nil) {
    self.media = media
    self.caption = caption
    self.parseMode = parseMode
  }

  /// Decodes an album photo, rejecting other media types.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    guard type == "photo" else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "Expected photo, got \(type)")
    }
    media = try container.decode(InputFile.self, forKey: .media)
    caption = try container.decodeIfPresent(String.self, forKey: .caption)
    parseMode = try container.decodeIfPresent(ParseMode.self, forKey: .parseMode)
  }

  /// Encodes the album photo with its `type`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("photo", forKey: .type)
    try container.encode(media, forKey: .media)
    try container.encodeIfPresent(caption, forKey: .caption)
    try container.encodeIfPresent(parseMode, forKey: .parseMode)
  }
}
