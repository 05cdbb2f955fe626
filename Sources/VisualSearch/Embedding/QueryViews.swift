/// The views of a customer's photo that are embedded and searched, keeping each product's
/// best score: the whole photo; the photo with uniform borders trimmed (screenshots, frames);
/// that without a status bar on top, a caption below, or both; its centre; a square centre
/// crop when the photo is not square; and the whole and trimmed photo mirrored.
public enum QueryViews {
  /// Distinct views, the whole image first; without the mirrored ones when `mirrored` is false.
  public static func views(of image: RGBImage, mirrored: Bool = true) -> [RGBImage] {
    let content = BorderTrim.contentRect(of: image)
    let trimmed = image.cropped(to: content)
    var rects: [PixelRect] = [PixelRect(x: 0, y: 0, width: image.width, height: image.height), content]
    let w = content.width
    let h = content.height
    rects.append(PixelRect(x: content.x, y: content.y + h / 10, width: w, height: h - h / 10))
    rects.append(PixelRect(x: content.x, y: content.y, width: w, height: h - h * 3 / 20))
    rects.append(PixelRect(x: content.x, y: content.y + h / 10, width: w, height: h - h / 10 - h * 3 / 20))
    rects.append(PixelRect(x: content.x + w / 10, y: content.y + h / 10, width: w - w / 5, height: h - h / 5))
    let side = min(w, h)
    if max(w, h) * 100 > side * 115 {
      rects.append(PixelRect(x: content.x + (w - side) / 2, y: content.y + (h - side) / 2, width: side, height: side))
    }
    var seen = Set<PixelRect>()
    var views = rects.filter { $0.width >= 8 && $0.height >= 8 && seen.insert($0).inserted }.map {
      image.cropped(to: $0)
    }
    guard mirrored else { return views }
    views.append(image.mirrored())
    if content != rects[0] { views.append(trimmed.mirrored()) }
    return views
  }
}

/// The views of a catalog photo that are indexed: the whole photo and its four corner crops
/// of 85 % a side, so that a customer's crop of 10–20 % is close to one of them.
public enum IndexViews {
  public static func views(of image: RGBImage) -> [RGBImage] {
    let w = image.width * 85 / 100
    let h = image.height * 85 / 100
    let corners = [(0, 0), (image.width - w, 0), (0, image.height - h), (image.width - w, image.height - h)]
    return [image] + corners.map { image.cropped(to: PixelRect(x: $0.0, y: $0.1, width: w, height: h)) }
  }
}

/// Finds the picture inside a frame, letterboxing or a screenshot: the background is the colour
/// in the middle of the left edge; the content is the longest band of rows (then of columns
/// within it) where at least a quarter of the pixels differ from the background, bridging gaps
/// of up to 1 % (the gaps between lines of a caption are wider and end the band).
public enum BorderTrim {
  /// The content rectangle; the whole image when the band would cover less than a ninth of it.
  public static func contentRect(of image: RGBImage) -> PixelRect {
    let whole = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    let w = image.width
    let h = image.height
    let background = (image.height / 2 * w) * 3
    let p = image.pixels
    func differs(_ x: Int, _ y: Int) -> Bool {
      let i = (y * w + x) * 3
      return abs(Int(p[i]) - Int(p[background])) > 24 || abs(Int(p[i + 1]) - Int(p[background + 1])) > 24
        || abs(Int(p[i + 2]) - Int(p[background + 2])) > 24
    }
    let rows = (0..<h).map { y in (0..<w).reduce(0) { $0 + (differs($1, y) ? 1 : 0) } * 4 >= w }
    let (top, bottom) = longestBand(rows, gap: max(1, h / 100))
    let columns = (0..<w).map { x in (top..<bottom).reduce(0) { $0 + (differs(x, $1) ? 1 : 0) } * 4 >= bottom - top }
    let (left, right) = longestBand(columns, gap: max(1, w / 100))
    let rect = PixelRect(x: left, y: top, width: right - left, height: bottom - top)
    guard rect.width * rect.height * 9 >= w * h, rect.width > 0, rect.height > 0 else { return whole }
    return rect
  }

  /// The longest run of `true` (gaps of at most `gap` falses bridged), as a half-open range.
  static func longestBand(_ busy: [Bool], gap: Int) -> (Int, Int) {
    var best = (0, 0)
    var start: Int? = nil
    var lastBusy = -1
    for (i, isBusy) in busy.enumerated() where isBusy {
      if let s = start, i - lastBusy - 1 <= gap {
        start = s
      } else {
        start = i
      }
      lastBusy = i
      if i + 1 - start! > best.1 - best.0 { best = (start!, i + 1) }
    }
    return best
  }
}
