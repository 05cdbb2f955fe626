extension PhotoSize {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var fileID: String?
    var fileUniqueID: String?
    var width: Int?
    var height: Int?
    var fileSize: Int?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "file_id" {
        try seen.mark(0)
        fileID = try r.string()
      } else if key == "file_unique_id" {
        try seen.mark(1)
        fileUniqueID = try r.string()
      } else if key == "width" {
        try seen.mark(2)
        width = try r.int()
      } else if key == "height" {
        try seen.mark(3)
        height = try r.int()
      } else if key == "file_size" {
        try seen.mark(4)
        fileSize = try r.optionalInt()
      } else {
        try r.skipValue()
      }
    }
    guard let fileID, let fileUniqueID, let width, let height else { throw JSONReader.Unsure() }
    self.init(fileID: fileID, fileUniqueID: fileUniqueID, width: width, height: height, fileSize: fileSize)
  }
}

extension Document {
  init(reading r: inout JSONReader) throws(JSONReader.Unsure) {
    var fileID: String?
    var fileUniqueID: String?
    var fileName: String?
    var mimeType: String?
    var fileSize: Int?
    var seen = JSONFieldsSeen()
    try r.object { (r: inout JSONReader, key) throws(JSONReader.Unsure) in
      if key == "file_id" {
        try seen.mark(0)
        fileID = try r.string()
      } else if key == "file_unique_id" {
        try seen.mark(1)
        fileUniqueID = try r.string()
      } else if key == "file_name" {
        try seen.mark(2)
        fileName = try r.optionalString()
      } else if key == "mime_type" {
        try seen.mark(3)
        mimeType = try r.optionalString()
      } else if key == "file_size" {
        try seen.mark(4)
        fileSize = try r.optionalInt()
      } else {
        try r.skipValue()
      }
    }
    guard let fileID, let fileUniqueID else { throw JSONReader.Unsure() }
    self.init(fileID: fileID, fileUniqueID: fileUniqueID, fileName: fileName, mimeType: mimeType, fileSize: fileSize)
  }
}
