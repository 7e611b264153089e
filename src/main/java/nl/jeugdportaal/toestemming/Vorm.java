package nl.jeugdportaal.toestemming;

/** "u" for adults, "je" for jeugdigen under 18 (DOMAIN §8): every sentence on these pages exists in both. */
record Vorm(boolean je) {

    String k(String u, String jij) {
        return je ? jij : u;
    }
}
