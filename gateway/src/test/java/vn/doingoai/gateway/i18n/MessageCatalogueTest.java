package vn.doingoai.gateway.i18n;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.MessageCatalogueCheck;

class MessageCatalogueTest {

    @Test
    void everyMessageOfThisModuleHasItsVietnameseWording() {
        MessageCatalogueCheck.assertComplete(Path.of(""));
    }
}
