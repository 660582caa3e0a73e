"""Read the size of a BMP image from its binary header.

A BMP file starts with a 14-byte file header followed by an info header.
All numbers are little-endian. The fields you need:

    offset  size  type    field
         0     2  bytes   signature, always b"BM"
         2     4  uint32  file size in bytes
        10     4  uint32  offset of the pixel data
        14     4  uint32  size of the info header
        18     4  int32   width in pixels
        22     4  int32   height in pixels; negative means top-down rows
        26     2  uint16  colour planes, always 1
        28     2  uint16  bits per pixel

Complete `read_bmp_info` with the struct module.
"""

import struct
from dataclasses import dataclass

# signature, file size, 4 reserved bytes, pixel offset, info header size,
# width, height, planes, bits per pixel
HEADER = struct.Struct("<2sI4xIIiiHH")


@dataclass(frozen=True)
class BmpInfo:
    width: int
    height: int  # always positive
    bits_per_pixel: int
    top_down: bool


def read_bmp_info(path: str) -> BmpInfo:
    """Return the image's size and colour depth, reading only the header.

    Raise ValueError if the file is not a BMP file: too short to hold the
    header, or not starting with b"BM".
    """
    with open(path, "rb") as f:
        header = f.read(HEADER.size)
    if len(header) < HEADER.size or not header.startswith(b"BM"):
        raise ValueError(f"{path} is not a BMP file")

    (_sig, _file_size, _pixel_offset, _info_size, width, height, _planes, bpp) = (
        HEADER.unpack(header)
    )
    return BmpInfo(width, abs(height), bpp, top_down=height < 0)
