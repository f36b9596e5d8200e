package io.blastwatch.extract;

import org.junit.jupiter.api.Test;

class ScratchPlacesTest {
    @Test
    void print() {
        IncidentExtractor x = new IncidentExtractor(Gazetteer.load());
        String[] s = {
            "An explosion hit a plant in Lesnoy on Friday.",
            "An explosion hit the Elastik plant in Lesnoy, Ryazan region, on Friday.",
            "A fire broke out at a plant in Zheleznogorsk on Friday.",
            "A fire broke out at a plant in Kirovsk on Friday.",
            "A blast hit a depot in Oktyabrsky on Friday.",
            "Drones attacked an oil depot in Oktyabrsky in the Bashkortostan republic.",
            "A blast hit a factory in Dzerzhinsk on Friday.",
            "A blast hit the plant in Kamensk on Friday.",
            "An explosion occurred at the arsenal near Pugachevo in Udmurtia.",
            "A drone struck a depot in Novozybkov, Bryansk region.",
            "A fire broke out in Yelabuga, Tatarstan.",
            "A fire broke out at a depot in Sovetsky on Friday.",
            "A fire broke out at a depot in Engels on Friday.",
            "An explosion rocked a plant in Kirovsky district on Friday.",
            "An explosion hit a plant in Kotovsk on Friday.",
            "An explosion hit the ammunition depot near Toropets, Tver region.",
            "An explosion hit a depot near Krasnoarmeysk on Friday.",
            "Drones attacked the airfield in Yeysk.",
            "A fire at a plant in Sergiev Posad.",
            "Blasts at the Shostka plant in Sumy region.",
            "Blasts in Mayskoye, Crimea.",
            "An explosion in Pervomaysk on Friday.",
            "An explosion at a plant in Zelenodolsk on Friday.",
            "An explosion at a plant in Chapayevsk on Friday.",
            "An explosion at a plant in Novocherkassk on Friday.",
            "An explosion in Aleksin, Tula region.",
            "An explosion in Bryansk.",
            "A blast at a plant in Biysk.",
        };
        for (String t : s) {
            System.out.println(t + "  =>  " + x.places(t));
        }
    }
}
