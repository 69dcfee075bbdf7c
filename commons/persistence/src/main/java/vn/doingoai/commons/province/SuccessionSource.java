package vn.doingoai.commons.province;

import java.util.List;

/**
 * Where the successions are read from. agreement-service owns them and reads its own table; the
 * other services read agreement-service's reference list. {@link #read()} throws when the source
 * cannot be read; {@link Successions} then keeps its last good answer.
 */
public interface SuccessionSource {

    List<Succession> read();
}
