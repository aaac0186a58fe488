import Metrics
import Routing

extension ReplicationRecorder {
    /// Files a canceled request under the outcome its cancel reason stands for.
    mutating func recordCanceled(_ reason: CancelReason, button: Int, requestTime: Double, at time: Double) {
        switch reason {
        case .visitor: recordAbandoned(button: button, requestTime: requestTime, at: time)
        case .noAgent: recordCanceledNoAgent(button: button, requestTime: requestTime)
        case .noQueue: recordCanceledNoQueue(button: button, requestTime: requestTime)
        case .blocked: recordBlocked(button: button, requestTime: requestTime)
        }
    }
}
