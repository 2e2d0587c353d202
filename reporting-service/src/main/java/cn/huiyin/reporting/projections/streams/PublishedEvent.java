package cn.huiyin.reporting.projections.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * An event about a call as it was published (its CloudEvents type and JSON payload), on the repartition topic that
 * re-keys by case id what was keyed otherwise: carried as it came, so it is not written out as JSON a second time.
 */
record PublishedEvent(String type, byte[] payload) {

    static Serde<PublishedEvent> serde() {
        return Serdes.serdeFrom((topic, event) -> {
            if (event == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(event.payload().length + 48);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(event.type());
                out.write(event.payload());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }, (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                String type = in.readUTF();
                return new PublishedEvent(type, in.readAllBytes());
            } catch (IOException e) {
                throw new SerializationException("not a published event on " + topic, e);
            }
        });
    }
}
