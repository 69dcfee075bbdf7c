package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsultationReply", description = "A consulted body's answer. Extensible.")
public enum ConsultationReply {
    AGREE, OBJECT, NO_ANSWER
}
