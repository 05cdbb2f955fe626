import Foundation

/// What customers do to a catalog photo before sending it: the edits of the evaluation set.
public enum QueryEdit: Sendable, Hashable, CustomStringConvertible {
  /// Keeps `1 - fraction` of each side; `anchor` (0…1, 0…1) places the kept part.
  case crop(fraction: Double, anchorX: Double, anchorY: Double)
  /// Resizes to `width × height` (the aspect ratio may change).
  case resize(width: Int, height: Int)
  /// Encodes as JPEG at `quality` and decodes again.
  case recompress(quality: Int)
  /// A uniform frame `fraction` of the width thick on every side.
  case border(fraction: Double, grey: UInt8)
  /// A bar below the picture, `fraction` of its height, with lines of dark "text".
  case caption(fraction: Double)
  /// A phone screenshot: a dark screen with a status bar, the picture in the middle, a caption.
  case screenshot
  /// Multiplies every channel (brightness), clamped.
  case brightness(Double)
  /// Scales the distance of every channel from mid-grey (contrast), clamped.
  case contrast(Double)
  /// Rotates by `degrees` about the centre and keeps the largest inner rectangle.
  case rotate(degrees: Double)
  /// Flips left to right.
  case mirror
  /// Several edits in order.
  indirect case chain([QueryEdit])

  public var description: String {
    switch self {
    case .crop(let f, let x, let y): "crop \(Int(f * 100))% @\(x),\(y)"
    case .resize(let w, let h): "resize \(w)×\(h)"
    case .recompress(let q): "jpeg q\(q)"
    case .border(let f, let g): "border \(Int(f * 100))% grey \(g)"
    case .caption(let f): "caption \(Int(f * 100))%"
    case .screenshot: "screenshot"
    case .brightness(let v): "brightness ×\(v)"
    case .contrast(let v): "contrast ×\(v)"
    case .rotate(let d): "rotate \(d)°"
    case .mirror: "mirror"
    case .chain(let edits): edits.map(\.description).joined(separator: " + ")
    }
  }

  /// The edits every catalog photo of the evaluation goes through, one query each.
  public static let standard: [QueryEdit] = [
    .crop(fraction: 0.1, anchorX: 0.5, anchorY: 0.5),
    .crop(fraction: 0.2, anchorX: 0, anchorY: 0),
    .crop(fraction: 0.15, anchorX: 1, anchorY: 1),
    .crop(fraction: 0.2, anchorX: 0.5, anchorY: 1),
    .resize(width: 200, height: 200),
    .chain([.resize(width: 1280, height: 960), .recompress(quality: 85)]),
    .recompress(quality: 30),
    .border(fraction: 0.08, grey: 255),
    .border(fraction: 0.12, grey: 20),
    .caption(fraction: 0.15),
    .screenshot,
    .brightness(1.3),
    .brightness(0.7),
    .contrast(0.6),
    .contrast(1.4),
    .rotate(degrees: 7),
    .rotate(degrees: -5),
    .mirror,
    .chain([.mirror, .crop(fraction: 0.12, anchorX: 0.3, anchorY: 0.6), .brightness(1.15), .recompress(quality: 60)]),
  ]
}
