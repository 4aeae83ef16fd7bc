package nl.regiobesluit.arrangement;

/** What the board did with a council's zienswijze; the values of the model's {@code rb:boardResponseList}. */
public enum BoardResponse {
    PENDING, ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED
}
