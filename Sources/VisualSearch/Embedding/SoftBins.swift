/// Linear ("soft") assignment of a value to two neighbouring bins, so that a small shift of
/// the value (a crop, a rotation, a colour cast) moves weight gradually instead of jumping.
struct SoftBin {
  var low: Int
  var high: Int
  var highWeight: Float
  var lowWeight: Float { 1 - highWeight }

  /// `position` in bin units, bins centred on 0…count-1; clamped at both ends.
  static func clamped(_ position: Float, count: Int) -> SoftBin {
    if position <= 0 { return SoftBin(low: 0, high: 0, highWeight: 0) }
    let top = Float(count - 1)
    if position >= top { return SoftBin(low: count - 1, high: count - 1, highWeight: 0) }
    let low = Int(position)
    return SoftBin(low: low, high: low + 1, highWeight: position - Float(low))
  }

  /// `position` in bin units on a circle of `count` bins (hue, orientation).
  static func circular(_ position: Float, count: Int) -> SoftBin {
    var p = position.truncatingRemainder(dividingBy: Float(count))
    if p < 0 { p += Float(count) }
    let low = min(Int(p), count - 1)
    return SoftBin(low: low, high: (low + 1) % count, highWeight: p - Float(low))
  }

  /// The bin of a pixel at `index` of `side` pixels, on a grid of `count` cells.
  static func spatial(_ index: Int, side: Int, count: Int) -> SoftBin {
    clamped((Float(index) + 0.5) * Float(count) / Float(side) - 0.5, count: count)
  }
}
