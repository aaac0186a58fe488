import Metrics
import Routing

extension ReplicationRecorder {
    /// Files a canceled request under the outcome its cancel reason stands for.
    mutating func recordCanceled(_ reason: CancelReason, _ cell: ChatCell, requestTime: Double, at time: Double) {
        switch reason {
        case .visitor: recordAbandoned(cell, requestTime: requestTime, at: time)
        case .noAgent: recordCanceledNoAgent(cell)
        case .noQueue: recordCanceledNoQueue(cell)
        case .blocked: recordBlocked(cell)
        }
    }
}
