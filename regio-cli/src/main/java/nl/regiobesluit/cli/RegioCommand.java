package nl.regiobesluit.cli;

/** Entry point of ./regio (placeholder until the engine lands). */
public final class RegioCommand {
    public static void main(String[] args) {
        System.out.println("regio");
    }
}
