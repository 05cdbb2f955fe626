import Foundation

/// A `multipart/form-data` body: text fields, then files.
struct MultipartForm: Sendable {
  struct FilePart: Sendable {
    var field: String
    var fileName: String
    var data: Data
  }

  var boundary: String
  var fields: [(name: String, value: String)] = []
  var files: [FilePart] = []

  init(boundary: String) { self.boundary = boundary }

  var contentType: String { "multipart/form-data; boundary=\(boundary)" }

  func body() -> Data {
    var body = Data()
    func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
    for field in fields {
      line("--\(boundary)")
      line("Content-Disposition: form-data; name=\"\(Self.quoted(field.name))\"")
      line("")
      line(field.value)
    }
    for file in files {
      line("--\(boundary)")
      line(
        "Content-Disposition: form-data; name=\"\(Self.quoted(file.field))\"; filename=\"\(Self.quoted(file.fileName))\""
      )
      line("Content-Type: \(Self.mimeType(of: file.fileName))")
      line("")
      body.append(file.data)
      line("")
    }
    line("--\(boundary)--")
    return body
  }

  static func quoted(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
  }

  static func mimeType(of fileName: String) -> String {
    switch fileName.split(separator: ".").last?.lowercased() {
    case "jpg", "jpeg": "image/jpeg"
    case "png": "image/png"
    case "webp": "image/webp"
    case "gif": "image/gif"
    default: "application/octet-stream"
    }
  }
}

extension MultipartForm {
  /// The form for a call with uploads. A top-level field that names an upload (`attach://x`)
  /// carries the file itself, as the Bot API expects for `sendPhoto`; uploads referenced inside
  /// other fields (an album's `media`) go in parts named after their `attach://` name.
  static func make<Method: TelegramMethod>(
    for method: Method, boundary: String, read: (String) throws(TelegramError) -> Data
  ) throws(TelegramError) -> MultipartForm {
    let uploads = method.inputFiles.filter { $0.uploadPath != nil }
    var form = MultipartForm(boundary: boundary)
    let object: [String: JSONValue]
    do {
      let data = try JSONEncoder().encode(method)
      object = try JSONDecoder().decode([String: JSONValue].self, from: data)
    } catch {
      throw .invalidRequest("cannot encode \(Method.name): \(error)")
    }
    var attachedAtTopLevel = Set<String>()
    for key in object.keys.sorted() {
      guard let value = object[key], value != .null else { continue }
      if case .string(let text) = value, text.hasPrefix("attach://"),
        let upload = uploads.first(where: { "attach://" + ($0.attachmentName ?? "") == text }),
        let path = upload.uploadPath, let name = upload.attachmentName
      {
        form.files.append(FilePart(field: key, fileName: name, data: try read(path)))
        attachedAtTopLevel.insert(name)
        continue
      }
      do {
        form.fields.append((key, try value.formValue()))
      } catch {
        throw .invalidRequest("cannot encode field \(key)")
      }
    }
    for upload in uploads {
      guard let path = upload.uploadPath, let name = upload.attachmentName, !attachedAtTopLevel.contains(name) else {
        continue
      }
      attachedAtTopLevel.insert(name)
      form.files.append(FilePart(field: name, fileName: name, data: try read(path)))
    }
    return form
  }
}
