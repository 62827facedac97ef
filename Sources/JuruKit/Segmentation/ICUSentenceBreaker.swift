import CICUBreak

/// ICU's sentence break iterator: the positions it proposes are where Juru's rules
/// start from.
///
/// ICU has no Indonesian tailoring, so any locale gives the root rules of UAX #29.
/// Not thread-safe; a ``Segmenter`` owns one.
final class ICUSentenceBreaker {
    private let breaker: OpaquePointer
    private var buffer = [Int32](repeating: 0, count: 64)

    init(locale: String) throws(SegmentationError) {
        var message = [CChar](repeating: 0, count: 256)
        guard let breaker = juru_breaker_open(locale, &message, Int32(message.count)) else {
            throw .icuUnavailable(String(decoding: message.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self))
        }
        self.breaker = breaker
    }

    deinit {
        juru_breaker_close(breaker)
    }

    /// The boundaries ICU proposes inside `text` (UTF-16 offsets, never 0 or the end).
    func boundaries(in text: UnsafeBufferPointer<UInt16>) -> ArraySlice<Int32> {
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { out in
                juru_breaker_boundaries(breaker, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
            }
            if count < 0 { return [] }
            if Int(count) <= buffer.count { return buffer[0..<Int(count)] }
            buffer = [Int32](repeating: 0, count: Int(count) * 2)
        }
    }
}
