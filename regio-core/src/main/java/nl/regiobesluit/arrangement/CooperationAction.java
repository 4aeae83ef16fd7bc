package nl.regiobesluit.arrangement;

/** What a proposal under the toetsingskader does to a cooperation; the values of the model's {@code rb:cooperationActionList}. */
public enum CooperationAction {
    START, JOIN, CHANGE, LEAVE
}
