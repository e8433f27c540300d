package dev.interceptor.adapter.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A HAR {@code postData} object read as a request body. */
record HarPostData(String mimeType, RequestBody body, boolean filePartsOmitted) {

  static HarPostData read(JsonNode postData) {
    if (!postData.isObject()) {
      return new HarPostData("", RequestBody.NONE, false);
    }
    String mimeType = postData.path("mimeType").asText("");
    String text = postData.path("text").asText("");

    // C23: our export marks base64 with "_encoding"; some tools write "encoding".
    String encoding = postData.path("_encoding").asText(postData.path("encoding").asText(""));
    if (!text.isEmpty() && encoding.equalsIgnoreCase("base64")) {
      try {
        return new HarPostData(
            mimeType,
            new RequestBody.Bytes(Base64.getDecoder().decode(text.replaceAll("\\s", ""))),
            false);
      } catch (IllegalArgumentException e) {
        throw new HarEntryReader.BadEntryException(
            "postData.text is marked base64 but is not valid base64");
      }
    }
    if (!text.isEmpty()) {
      return new HarPostData(mimeType, new RequestBody.Text(text), false);
    }

    // Only parsed params: keep the fields; file parts carry no real content, only a name.
    List<FormField> fields = new ArrayList<>();
    boolean fileParts = false;
    for (JsonNode param : postData.path("params")) {
      if (param.hasNonNull("fileName")) {
        fileParts = true;
      } else if (param.hasNonNull("name")) {
        fields.add(new FormField(param.get("name").asText(), param.path("value").asText("")));
      }
    }
    RequestBody body = fields.isEmpty() ? RequestBody.NONE : new RequestBody.Form(fields);
    return new HarPostData(mimeType, body, fileParts);
  }
}
