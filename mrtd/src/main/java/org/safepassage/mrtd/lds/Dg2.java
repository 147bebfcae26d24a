package org.safepassage.mrtd.lds;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmrtd.cbeff.BiometricDataBlock;
import org.jmrtd.lds.ImageInfo;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.jmrtd.lds.iso39794.FaceImageDataBlock;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;

/**
 * DG2 (Doc 9303 part 10 4.7.2): the holder's face images, decoded by JMRTD's {@link DG2File}
 * (ISO/IEC 19794-5 and ISO/IEC 39794-5 records). {@link FaceImage#jpeg()} gives an image a browser
 * shows: JPEG as stored, JPEG 2000 decoded (jai-imageio's JPEG 2000 plugin) and written as JPEG.
 * Not part of {@code DocumentVerifier.verify}: DG2's integrity is its hash in the SOD.
 */
public final class Dg2 {

    public static final String JPEG = ImageInfo.JPEG_MIME_TYPE;
    public static final String JPEG_2000 = ImageInfo.JPEG2000_MIME_TYPE;

    /** One face image as stored in DG2. */
    public record FaceImage(String mimeType, int width, int height, byte[] image) {

        public boolean isJpeg() {
            return JPEG.equals(mimeType);
        }

        public boolean isJpeg2000() {
            return JPEG_2000.equals(mimeType);
        }

        /**
         * The image as JPEG: the stored bytes when they are JPEG, else decoded and re-encoded.
         * Throws {@link MalformedException} if the image cannot be decoded.
         */
        public byte[] jpeg() {
            if (isJpeg()) {
                return image.clone();
            }
            BufferedImage decoded;
            try {
                decoded = ImageIO.read(new ByteArrayInputStream(image));
            } catch (IOException | RuntimeException e) {
                throw new MalformedException("the " + mimeType + " face image cannot be decoded: " + e.getMessage(), e);
            }
            if (decoded == null) {
                throw new MalformedException("no image decoder for the " + mimeType + " face image");
            }
            BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(decoded, 0, 0, null); // the JPEG writer takes no alpha channel
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
            try {
                if (!ImageIO.write(rgb, "jpeg", out)) {
                    throw new MalformedException("no JPEG encoder available");
                }
            } catch (IOException e) {
                throw new MalformedException("cannot write the face image as JPEG: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return "FaceImage[" + mimeType + ", " + width + "x" + height + ", " + image.length + " bytes]";
        }
    }

    private Dg2() {
    }

    /** The face images in DG2, in order. Throws {@link MalformedException} if DG2 cannot be decoded. */
    public static List<FaceImage> faces(byte[] dg2) {
        return Asn1.decode("DG2 (JMRTD)", () -> {
            DG2File file = new DG2File(LdsInput.plain(dg2));
            List<FaceImage> out = new ArrayList<>(1);
            for (BiometricDataBlock block : file.getSubRecords()) {
                if (block instanceof FaceInfo face) {
                    for (ImageInfo image : face.getFaceImageInfos()) {
                        out.add(face(image));
                    }
                } else if (block instanceof FaceImageDataBlock face) {
                    for (ImageInfo image : face.getRepresentationBlocks()) {
                        out.add(face(image));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** The first face image as JPEG (the photo to show an officer). Throws {@link MalformedException}. */
    public static byte[] photoJpeg(byte[] dg2) {
        List<FaceImage> faces = faces(dg2);
        if (faces.isEmpty()) {
            throw new MalformedException("DG2 holds no face image");
        }
        return faces.get(0).jpeg();
    }

    private static FaceImage face(ImageInfo info) throws IOException {
        try (InputStream in = info.getImageInputStream()) {
            return new FaceImage(info.getMimeType(), info.getWidth(), info.getHeight(), in.readAllBytes());
        }
    }
}
